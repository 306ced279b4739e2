package io.github.camelmartech.getresponse.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.camelmartech.support.json.ExtensibleModel;
import io.github.camelmartech.support.json.IsoDate;

/** A newsletter (broadcast message): create sends it at {@code sendOn}, or now when absent. */
public class Newsletter extends ExtensibleModel {

    private String newsletterId;
    private String href;
    private String name;
    private String subject;
    private String type;
    private String status;
    private String editor;
    private CampaignRef campaign;
    private FromFieldRef fromField;
    private FromFieldRef replyTo;
    private MessageContent content;
    private java.util.List<String> flags;
    @IsoDate
    @JsonFormat(pattern = GetResponseDates.PATTERN)
    private OffsetDateTime sendOn;
    @IsoDate
    @JsonFormat(pattern = GetResponseDates.PATTERN)
    private OffsetDateTime createdOn;
    private java.util.Map<String, Object> sendSettings;

    public String getNewsletterId() {
        return newsletterId;
    }

    public void setNewsletterId(String newsletterId) {
        this.newsletterId = newsletterId;
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

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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

    public CampaignRef getCampaign() {
        return campaign;
    }

    public void setCampaign(CampaignRef campaign) {
        this.campaign = campaign;
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

    public OffsetDateTime getSendOn() {
        return sendOn;
    }

    public void setSendOn(OffsetDateTime sendOn) {
        this.sendOn = sendOn;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(OffsetDateTime createdOn) {
        this.createdOn = createdOn;
    }

    public java.util.Map<String, Object> getSendSettings() {
        return sendSettings;
    }

    public void setSendSettings(java.util.Map<String, Object> sendSettings) {
        this.sendSettings = sendSettings;
    }
}
