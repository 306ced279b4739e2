package io.github.camelmartech.apifon.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.camelmartech.support.json.IsoDate;

/**
 * One delivery report (SMS, Viber or OTP): an item of a callback's {@code data[]} with the request-level fields
 * of the callback copied in, so each report stands alone on its exchange.
 */
public record DeliveryReport(String type, String requestId, String referenceId, Long accountId, String from, String to,
                             String messageId, String customId, Integer statusCode, String statusText,
                             String status, boolean finalStatus, String errorCode, @IsoDate Instant timestamp,
                             String mccmnc) implements ApifonCallback {

    @Override
    public String callbackType() {
        return "DELIVERY_REPORT";
    }

    @JsonIgnore // derived from statusCode
    public boolean isDelivered() {
        return statusCode != null && statusCode == 7;
    }
}
