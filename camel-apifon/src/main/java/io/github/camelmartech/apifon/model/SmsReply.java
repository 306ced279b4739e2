package io.github.camelmartech.apifon.model;

import java.time.Instant;

import io.github.camelmartech.support.json.IsoDate;

/** A subscriber's reply to a 2-way SMS: from is the subscriber, to the sender id of the original message. */
public record SmsReply(String messageId, String from, String to, String text, @IsoDate Instant timestamp, String type)
        implements ApifonCallback {

    @Override
    public String callbackType() {
        return "SMS_REPLY";
    }
}
