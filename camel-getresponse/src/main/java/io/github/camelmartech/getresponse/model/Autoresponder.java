package io.github.camelmartech.getresponse.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.camelmartech.support.json.ExtensibleModel;
import io.github.camelmartech.support.json.IsoDate;

/** An autoresponder (a message sent on a day of the contact's cycle or on an event). */
public class Autoresponder extends ExtensibleModel {

    private String autoresponderId;
    private String href;
    private String name;
    private String subject;
    private String campaignId;
    private String status;
    private String editor;
    private FromFieldRef fromField;
    private FromFieldRef replyTo;
    private MessageContent content;
    private java.util.List<String> flags;
    private java.util.Map<String, Object> sendSettings;
    private java.util.Map<String, Object> triggerSettings;
    @IsoDate
    @JsonFormat(pattern = GetResponseDates.PATTERN)
    private OffsetDateTime createdOn;

    public String getAutoresponderId() {
        return autoresponderId;
    }

    public void setAutoresponderId(String autoresponderId) {
        this.autoresponderId = autoresponderId;
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

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getEditor() {
        return editor;
    }

    public void setEditor(String editor) {
        this.editor = editor;
    }

    public FromFieldRef getFromField() {
        return fromField;
    }

    public void setFromField(FromFieldRef fromField) {
        this.fromField = fromField;
    }

    public FromFieldRef getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(FromFieldRef replyTo) {
        this.replyTo = replyTo;
    }

    public MessageContent getContent() {
        return content;
    }

    public void setContent(MessageContent content) {
        this.content = content;
    }

    public java.util.List<String> getFlags() {
        return flags;
    }

    public void setFlags(java.util.List<String> flags) {
        this.flags = flags;
    }

    public java.util.Map<String, Object> getSendSettings() {
        return sendSettings;
    }

    public void setSendSettings(java.util.Map<String, Object> sendSettings) {
        this.sendSettings = sendSettings;
    }

    public java.util.Map<String, Object> getTriggerSettings() {
        return triggerSettings;
    }

    public void setTriggerSettings(java.util.Map<String, Object> triggerSettings) {
        this.triggerSettings = triggerSettings;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(OffsetDateTime createdOn) {
        this.createdOn = createdOn;
    }
}
