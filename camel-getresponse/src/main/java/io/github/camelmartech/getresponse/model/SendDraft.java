package io.github.camelmartech.getresponse.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.camelmartech.support.json.ExtensibleModel;
import io.github.camelmartech.support.json.IsoDate;

/** {@code POST /newsletters/send-draft}: sends a draft message to the selected contacts. */
public class SendDraft extends ExtensibleModel {

    private String messageId;
    @IsoDate
    @JsonFormat(pattern = GetResponseDates.PATTERN)
    private OffsetDateTime sendOn;
    private java.util.Map<String, Object> sendSettings;

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public OffsetDateTime getSendOn() {
        return sendOn;
    }

    public void setSendOn(OffsetDateTime sendOn) {
        this.sendOn = sendOn;
    }

    public java.util.Map<String, Object> getSendSettings() {
        return sendSettings;
    }

    public void setSendSettings(java.util.Map<String, Object> sendSettings) {
        this.sendSettings = sendSettings;
    }
}
