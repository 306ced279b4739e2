package io.github.camelmartech.apifon.model;

import java.time.Instant;

import io.github.camelmartech.support.json.IsoDate;

/** A subscriber's reply to an IM (Viber) message sent with a reply_url, with the ids of the original message. */
public record ImReply(String channel, String replyMessageId, String from, String to, @IsoDate Instant timestamp, Double price,
                      String text, String originalMessageId, String originalRequestId, String originalReferenceId,
                      String originalCustomId) implements ApifonCallback {

    @Override
    public String callbackType() {
        return "IM_REPLY";
    }

    @Override
    public String messageId() {
        return replyMessageId;
    }
}
