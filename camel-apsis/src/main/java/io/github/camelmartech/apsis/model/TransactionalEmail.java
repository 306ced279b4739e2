package io.github.camelmartech.apsis.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** A transactional email to one recipient; SendingType "t" (transactional) or "m" (marketing). */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class TransactionalEmail extends MarTechBean {

    private String email;
    private String name;
    private String format;
    private String externalId;
    private String countryCode;
    private String phoneNumber;
    private List<DemDataField> demDataFields;
    @JsonProperty("DDHtml")
    private String ddHtml;
    private String sendingType;
    private List<Attachment> attachments;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Fluent setter. */
    public TransactionalEmail email(String email) {
        this.email = email;
        return this;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Fluent setter. */
    public TransactionalEmail name(String name) {
        this.name = name;
        return this;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    /** Fluent setter. */
    public TransactionalEmail format(String format) {
        this.format = format;
        return this;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    /** Fluent setter. */
    public TransactionalEmail externalId(String externalId) {
        this.externalId = externalId;
        return this;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    /** Fluent setter. */
    public TransactionalEmail countryCode(String countryCode) {
        this.countryCode = countryCode;
        return this;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    /** Fluent setter. */
    public TransactionalEmail phoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
        return this;
    }

    public List<DemDataField> getDemDataFields() {
        return demDataFields;
    }

    public void setDemDataFields(List<DemDataField> demDataFields) {
        this.demDataFields = demDataFields;
    }

    /** Fluent setter. */
    public TransactionalEmail demDataFields(List<DemDataField> demDataFields) {
        this.demDataFields = demDataFields;
        return this;
    }

    public String getDdHtml() {
        return ddHtml;
    }

    public void setDdHtml(String ddHtml) {
        this.ddHtml = ddHtml;
    }

    /** Fluent setter. */
    public TransactionalEmail ddHtml(String ddHtml) {
        this.ddHtml = ddHtml;
        return this;
    }

    public String getSendingType() {
        return sendingType;
    }

    public void setSendingType(String sendingType) {
        this.sendingType = sendingType;
    }

    /** Fluent setter. */
    public TransactionalEmail sendingType(String sendingType) {
        this.sendingType = sendingType;
        return this;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<Attachment> attachments) {
        this.attachments = attachments;
    }

    /** Fluent setter. */
    public TransactionalEmail attachments(List<Attachment> attachments) {
        this.attachments = attachments;
        return this;
    }
}
