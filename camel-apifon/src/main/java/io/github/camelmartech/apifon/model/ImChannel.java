package io.github.camelmartech.apifon.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** The content of an IM (Viber) message on one channel. */
public class ImChannel extends MarTechBean {

    @JsonProperty("id")
    private String id;
    @JsonProperty("sender_id")
    private String senderId;
    @JsonProperty("text")
    private String text;
    @JsonProperty("images")
    private List<String> images;
    @JsonProperty("actions")
    private List<ImAction> actions;
    @JsonProperty("ttl")
    private Integer ttl;
    @JsonProperty("expiry_text")
    private String expiryText;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<String> getImages() {
        return images;
    }

    public void setImages(List<String> images) {
        this.images = images;
    }

    public List<ImAction> getActions() {
        return actions;
    }

    public void setActions(List<ImAction> actions) {
        this.actions = actions;
    }

    public Integer getTtl() {
        return ttl;
    }

    public void setTtl(Integer ttl) {
        this.ttl = ttl;
    }

    public String getExpiryText() {
        return expiryText;
    }

    public void setExpiryText(String expiryText) {
        this.expiryText = expiryText;
    }
}
