package io.github.camelmartech.apifon.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** Defaults of campaigns sent to a list. */
public class CampaignDefaults extends MarTechBean {

    @JsonProperty("sender_id")
    private String senderId;
    @JsonProperty("viber_sender_id")
    private String viberSenderId;
    @JsonProperty("sender_name")
    private String senderName;
    @JsonProperty("from")
    private String from;
    @JsonProperty("reply_to")
    private String replyTo;

    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    public String getViberSenderId() {
        return viberSenderId;
    }

    public void setViberSenderId(String viberSenderId) {
        this.viberSenderId = viberSenderId;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo;
    }
}
