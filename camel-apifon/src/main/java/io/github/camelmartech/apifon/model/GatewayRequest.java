package io.github.camelmartech.apifon.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** What an SMS and an IM send have in common: recipients, the message, reference, callback and schedule. */
public abstract class GatewayRequest extends MarTechBean {

    @JsonProperty("subscribers")
    private List<Recipient> subscribers;
    @JsonProperty("message")
    private Message message;
    @JsonProperty("reference_id")
    private String referenceId;
    @JsonProperty("callback_url")
    private String callbackUrl;
    @JsonProperty("date")
    private String date;

    public List<Recipient> getSubscribers() {
        return subscribers;
    }

    public void setSubscribers(List<Recipient> subscribers) {
        this.subscribers = subscribers;
    }

    public Message getMessage() {
        return message;
    }

    public void setMessage(Message message) {
        this.message = message;
    }

    public String getReferenceId() {
        return referenceId;
    }

    public void setReferenceId(String referenceId) {
        this.referenceId = referenceId;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }
}
