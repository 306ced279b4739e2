package io.github.camelmartech.apifon;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.apifon.model.ApifonCallback;
import io.github.camelmartech.apifon.model.DeliveryReport;
import io.github.camelmartech.apifon.model.DeliveryStatus;
import io.github.camelmartech.apifon.model.ImReply;
import io.github.camelmartech.apifon.model.SmsReply;
import io.github.camelmartech.support.webhook.WebhookItems;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import static io.github.camelmartech.support.json.MarTechJson.text;

/**
 * Apifon's callbacks, told apart by shape since they carry no kind field in common: a delivery report batch
 * ({@code data[]}, SMS, Viber and OTP alike; split into one item per report), an IM reply ({@code reply} +
 * {@code original_im}) or an SMS reply ({@code message_id}, {@code from}, {@code text}). Anything else is refused.
 */
final class ApifonCallbacks implements WebhookItems<ApifonCallback> {

    @Override
    public List<ApifonCallback> items(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("a callback must be a JSON object");
        }
        if (body.has("data")) {
            return deliveryReports(body);
        }
        if (body.path("reply").isObject()) {
            return List.of(imReply(body));
        }
        if (body.hasNonNull("message_id") && body.hasNonNull("from") && body.has("text")) {
            return List.of(new SmsReply(text(body, "message_id"), text(body, "from"), text(body, "to"),
                    text(body, "text"), seconds(body.path("timestamp")), text(body, "type")));
        }
        throw new IllegalArgumentException("neither a delivery report (data[]) nor an SMS or IM reply");
    }

    private static List<ApifonCallback> deliveryReports(JsonNode body) {
        JsonNode data = body.get("data");
        if (!data.isArray()) {
            throw new IllegalArgumentException("data must be an array of delivery reports");
        }
        String type = text(body, "type");
        List<ApifonCallback> reports = new ArrayList<>(data.size());
        for (JsonNode item : data) {
            if (!item.isObject() || !item.hasNonNull("message_id")) {
                throw new IllegalArgumentException("every delivery report needs a message_id");
            }
            JsonNode status = item.path("status");
            Integer code = status.path("code").canConvertToInt() ? status.path("code").asInt() : null;
            String statusText = text(status, "text");
            reports.add(new DeliveryReport(type, text(body, "request_id"), text(body, "reference_id"),
                    body.path("account_id").canConvertToLong() ? body.path("account_id").asLong() : null,
                    text(item, "from"), text(item, "to"), text(item, "message_id"), text(item, "custom_id"), code,
                    statusText, DeliveryStatus.name(type, code, statusText), DeliveryStatus.isFinal(code),
                    text(item, "error_code"), seconds(item.path("timestamp")), text(item, "mccmnc")));
        }
        return reports;
    }

    private static ImReply imReply(JsonNode body) {
        JsonNode reply = body.get("reply");
        JsonNode original = body.path("original_im");
        return new ImReply(text(body, "channel"), text(reply, "reply_message_id"), text(reply, "from"),
                text(reply, "to"), seconds(reply.path("timestamp")),
                reply.path("price").isNumber() ? reply.path("price").asDouble() : null,
                text(reply.path("message"), "text"), text(original, "message_id"), text(original, "request_id"),
                text(original, "reference_id"), text(original, "custom_id"));
    }

    /**
     * Apifon re-sends a callback it could not deliver twice more, two minutes apart, with the same content. A
     * delivery report is one event per message and status (a message has a pending then a final report); a reply
     * has its own message id.
     */
    @Override
    public String dedupeKey(ApifonCallback item) {
        if (item instanceof DeliveryReport r) {
            return "dlr:" + r.messageId() + ":" + r.statusCode()
                   + (r.timestamp() == null ? "" : ":" + r.timestamp().getEpochSecond());
        }
        return item.messageId() == null ? null : item.callbackType().toLowerCase(Locale.ROOT) + ":"
                                                 + item.messageId();
    }

    @Override
    public void populate(Exchange exchange, ApifonCallback item) {
        Message m = exchange.getMessage();
        m.setBody(item);
        m.setHeader(ApifonConstants.CALLBACK_TYPE, item.callbackType());
        m.setHeader(ApifonConstants.MESSAGE_ID, item.messageId());
        if (item instanceof DeliveryReport r) {
            m.setHeader(ApifonConstants.REQUEST_ID, r.requestId());
            m.setHeader(ApifonConstants.REFERENCE_ID, r.referenceId());
            m.setHeader(ApifonConstants.STATUS_CODE, r.statusCode());
            m.setHeader(ApifonConstants.STATUS, r.status());
        } else if (item instanceof ImReply r) {
            m.setHeader(ApifonConstants.REQUEST_ID, r.originalRequestId());
            m.setHeader(ApifonConstants.REFERENCE_ID, r.originalReferenceId());
        }
    }

    /** Apifon's callback timestamps are epoch seconds. */
    private static Instant seconds(JsonNode value) {
        return value.canConvertToLong() || value.isTextual() && value.asText().matches("\\d+")
                ? Instant.ofEpochSecond(value.asLong()) : null;
    }
}
