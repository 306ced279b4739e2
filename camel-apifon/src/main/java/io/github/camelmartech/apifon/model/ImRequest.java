package io.github.camelmartech.apifon.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An IM (Viber) send, with an optional SMS fallback message. */
public class ImRequest {

    @JsonProperty("subscribers")
    private List<Recipient> subscribers;
    @JsonProperty("im_channels")
    private List<ImChannel> imChannels;
    @JsonProperty("message")
    private Message message;
    @JsonProperty("reference_id")
    private String referenceId;
    @JsonProperty("callback_url")
    private String callbackUrl;
    @JsonProperty("reply_url")
    private String replyUrl;
    @JsonProperty("date")
    private String date;

    public List<Recipient> getSubscribers() {
        return subscribers;
    }

    public void setSubscribers(List<Recipient> subscribers) {
        this.subscribers = subscribers;
    }

    public List<ImChannel> getImChannels() {
        return imChannels;
    }

    public void setImChannels(List<ImChannel> imChannels) {
        this.imChannels = imChannels;
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

    public String getReplyUrl() {
        return replyUrl;
    }

    public void setReplyUrl(String replyUrl) {
        this.replyUrl = replyUrl;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }
}
