package io.github.camelmartech.apifon.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** One message part Apifon accepted for a recipient. */
public class ResultDetails extends MarTechBean {

    @JsonProperty("message_id")
    private String messageId;
    @JsonProperty("custom_id")
    private String customId;
    @JsonProperty("length")
    private Integer length;
    @JsonProperty("short_url")
    private String shortUrl;
    @JsonProperty("short_code")
    private String shortCode;

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public String getCustomId() {
        return customId;
    }

    public void setCustomId(String customId) {
        this.customId = customId;
    }

    public Integer getLength() {
        return length;
    }

    public void setLength(Integer length) {
        this.length = length;
    }

    public String getShortUrl() {
        return shortUrl;
    }

    public void setShortUrl(String shortUrl) {
        this.shortUrl = shortUrl;
    }

    public String getShortCode() {
        return shortCode;
    }

    public void setShortCode(String shortCode) {
        this.shortCode = shortCode;
    }
}
