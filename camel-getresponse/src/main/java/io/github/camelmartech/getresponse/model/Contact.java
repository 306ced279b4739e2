package io.github.camelmartech.getresponse.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.camelmartech.support.json.ExtensibleModel;
import io.github.camelmartech.support.json.IsoDate;

/** A contact: what {@code POST /contacts} and {@code POST /contacts/{id}} take and {@code GET /contacts} returns. */
public class Contact extends ExtensibleModel {

    private String contactId;
    private String href;
    private String name;
    private String email;
    private String note;
    private String origin;
    private String dayOfCycle;
    private Double scoring;
    private String ipAddress;
    private String timeZone;
    private CampaignRef campaign;
    private java.util.List<TagRef> tags;
    private java.util.List<CustomFieldValue> customFieldValues;
    @IsoDate
    @JsonFormat(pattern = GetResponseDates.PATTERN)
    private OffsetDateTime createdOn;
    @IsoDate
    @JsonFormat(pattern = GetResponseDates.PATTERN)
    private OffsetDateTime changedOn;

    public String getContactId() {
        return contactId;
    }

    public void setContactId(String contactId) {
        this.contactId = contactId;
    }

    public String getHref() {
        return href;
    }

    public void setHref(String href) {
        this.href = href;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getDayOfCycle() {
        return dayOfCycle;
    }

    public void setDayOfCycle(String dayOfCycle) {
        this.dayOfCycle = dayOfCycle;
    }

    public Double getScoring() {
        return scoring;
    }

    public void setScoring(Double scoring) {
        this.scoring = scoring;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public void setIpAddress(String ipAddress) {
        this.ipAddress = ipAddress;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public CampaignRef getCampaign() {
        return campaign;
    }

    public void setCampaign(CampaignRef campaign) {
        this.campaign = campaign;
    }

    public java.util.List<TagRef> getTags() {
        return tags;
    }

    public void setTags(java.util.List<TagRef> tags) {
        this.tags = tags;
    }

    public java.util.List<CustomFieldValue> getCustomFieldValues() {
        return customFieldValues;
    }

    public void setCustomFieldValues(java.util.List<CustomFieldValue> customFieldValues) {
        this.customFieldValues = customFieldValues;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(OffsetDateTime createdOn) {
        this.createdOn = createdOn;
    }

    public OffsetDateTime getChangedOn() {
        return changedOn;
    }

    public void setChangedOn(OffsetDateTime changedOn) {
        this.changedOn = changedOn;
    }
}
