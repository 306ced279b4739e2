package io.github.camelmartech.apifon.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** The text of an SMS (or of the SMS fallback of an IM, or of an OTP). */
public class Message extends MarTechBean {

    @JsonProperty("text")
    private String text;
    @JsonProperty("dc")
    private Integer dc;
    @JsonProperty("sender_id")
    private String senderId;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getDc() {
        return dc;
    }

    public void setDc(Integer dc) {
        this.dc = dc;
    }

    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }
}
