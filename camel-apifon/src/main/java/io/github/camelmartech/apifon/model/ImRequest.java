package io.github.camelmartech.apifon.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An IM (Viber) send, with an optional SMS fallback message. */
public class ImRequest extends GatewayRequest {

    @JsonProperty("im_channels")
    private List<ImChannel> imChannels;
    @JsonProperty("reply_url")
    private String replyUrl;

    public List<ImChannel> getImChannels() {
        return imChannels;
    }

    public void setImChannels(List<ImChannel> imChannels) {
        this.imChannels = imChannels;
    }

    public String getReplyUrl() {
        return replyUrl;
    }

    public void setReplyUrl(String replyUrl) {
        this.replyUrl = replyUrl;
    }
}
