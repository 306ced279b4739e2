package io.github.camelmartech.apsis.model;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** An import of a CSV file APSIS fetches from Url (at most 100 MB, or zipped). */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class CsvImport extends MarTechBean {

    private Long mailingListId;
    private String url;
    private Boolean hasHeader;
    private String delimiterChar;
    private String quoteChar;
    private String escapeChar;
    private String commentChar;
    private Boolean isZipped;
    private String archiveFileName;
    private String operationMode;
    private List<DemographicMapping> demographicDataMapping;

    public Long getMailingListId() {
        return mailingListId;
    }

    public void setMailingListId(Long mailingListId) {
        this.mailingListId = mailingListId;
    }

    /** Fluent setter. */
    public CsvImport mailingListId(Long mailingListId) {
        this.mailingListId = mailingListId;
        return this;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** Fluent setter. */
    public CsvImport url(String url) {
        this.url = url;
        return this;
    }

    public Boolean getHasHeader() {
        return hasHeader;
    }

    public void setHasHeader(Boolean hasHeader) {
        this.hasHeader = hasHeader;
    }

    /** Fluent setter. */
    public CsvImport hasHeader(Boolean hasHeader) {
        this.hasHeader = hasHeader;
        return this;
    }

    public String getDelimiterChar() {
        return delimiterChar;
    }

    public void setDelimiterChar(String delimiterChar) {
        this.delimiterChar = delimiterChar;
    }

    /** Fluent setter. */
    public CsvImport delimiterChar(String delimiterChar) {
        this.delimiterChar = delimiterChar;
        return this;
    }

    public String getQuoteChar() {
        return quoteChar;
    }

    public void setQuoteChar(String quoteChar) {
        this.quoteChar = quoteChar;
    }

    /** Fluent setter. */
    public CsvImport quoteChar(String quoteChar) {
        this.quoteChar = quoteChar;
        return this;
    }

    public String getEscapeChar() {
        return escapeChar;
    }

    public void setEscapeChar(String escapeChar) {
        this.escapeChar = escapeChar;
    }

    /** Fluent setter. */
    public CsvImport escapeChar(String escapeChar) {
        this.escapeChar = escapeChar;
        return this;
    }

    public String getCommentChar() {
        return commentChar;
    }

    public void setCommentChar(String commentChar) {
        this.commentChar = commentChar;
    }

    /** Fluent setter. */
    public CsvImport commentChar(String commentChar) {
        this.commentChar = commentChar;
        return this;
    }

    public Boolean getIsZipped() {
        return isZipped;
    }

    public void setIsZipped(Boolean isZipped) {
        this.isZipped = isZipped;
    }

    /** Fluent setter. */
    public CsvImport isZipped(Boolean isZipped) {
        this.isZipped = isZipped;
        return this;
    }

    public String getArchiveFileName() {
        return archiveFileName;
    }

    public void setArchiveFileName(String archiveFileName) {
        this.archiveFileName = archiveFileName;
    }

    /** Fluent setter. */
    public CsvImport archiveFileName(String archiveFileName) {
        this.archiveFileName = archiveFileName;
        return this;
    }

    public String getOperationMode() {
        return operationMode;
    }

    public void setOperationMode(String operationMode) {
        this.operationMode = operationMode;
    }

    /** Fluent setter. */
    public CsvImport operationMode(String operationMode) {
        this.operationMode = operationMode;
        return this;
    }

    public List<DemographicMapping> getDemographicDataMapping() {
        return demographicDataMapping;
    }

    public void setDemographicDataMapping(List<DemographicMapping> demographicDataMapping) {
        this.demographicDataMapping = demographicDataMapping;
    }

    /** Fluent setter. */
    public CsvImport demographicDataMapping(List<DemographicMapping> demographicDataMapping) {
        this.demographicDataMapping = demographicDataMapping;
        return this;
    }
}
