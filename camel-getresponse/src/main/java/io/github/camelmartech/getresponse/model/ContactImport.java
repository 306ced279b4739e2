package io.github.camelmartech.getresponse.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.camelmartech.support.json.ExtensibleModel;
import io.github.camelmartech.support.json.IsoDate;

/** A tracked import: the request ({@code campaignId, fieldMapping, contacts} rows) and its status. */
public class ContactImport extends ExtensibleModel {

    private String importId;
    private String href;
    private String campaignId;
    private java.util.List<String> fieldMapping;
    private java.util.List<java.util.List<String>> contacts;
    private String status;
    @IsoDate
    @JsonFormat(pattern = GetResponseDates.PATTERN)
    private OffsetDateTime createdOn;
    private java.util.Map<String, Object> statistics;
    private java.util.Map<String, Object> errorStatistics;

    public String getImportId() {
        return importId;
    }

    public void setImportId(String importId) {
        this.importId = importId;
    }

    public String getHref() {
        return href;
    }

    public void setHref(String href) {
        this.href = href;
    }

    public String getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    public java.util.List<String> getFieldMapping() {
        return fieldMapping;
    }

    public void setFieldMapping(java.util.List<String> fieldMapping) {
        this.fieldMapping = fieldMapping;
    }

    public java.util.List<java.util.List<String>> getContacts() {
        return contacts;
    }

    public void setContacts(java.util.List<java.util.List<String>> contacts) {
        this.contacts = contacts;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(OffsetDateTime createdOn) {
        this.createdOn = createdOn;
    }

    public java.util.Map<String, Object> getStatistics() {
        return statistics;
    }

    public void setStatistics(java.util.Map<String, Object> statistics) {
        this.statistics = statistics;
    }

    public java.util.Map<String, Object> getErrorStatistics() {
        return errorStatistics;
    }

    public void setErrorStatistics(java.util.Map<String, Object> errorStatistics) {
        this.errorStatistics = errorStatistics;
    }
}
