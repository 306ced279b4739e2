package io.github.camelmartech.sandbox.apifon;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * The gateway: SMS and Viber sends (delivery reports to {@code callback_url}; scheduled sends can be removed),
 * one-time passwords and the balance, which each delivered message costs one unit of.
 */
final class ApifonGateway {

    private static final Pattern MSISDN = Pattern.compile("[1-9][0-9]{6,14}");
    private static final String ALPHA = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";

    /** A send scheduled for later, removable by its request or reference id. */
    private record Scheduled(String requestId, String referenceId, int messages) {
    }

    /** A one-time password and whether it was used. */
    private record Otp(String code, Instant expires, boolean used) {
    }

    private final ApifonBounces bounces;
    private final BiConsumer<String, String> callbacks;
    private final List<Scheduled> scheduled = new ArrayList<>();
    private final Map<String, Otp> otps = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private double balance = 10_000;

    ApifonGateway(ApifonBounces bounces, BiConsumer<String, String> callbacks) {
        this.bounces = bounces;
        this.callbacks = callbacks;
    }

    /** {@code POST /sms/send} and {@code /im/send}; {@code type} is the delivery report's type. */
    synchronized SimResponse send(SimRequest request, String type) {
        JsonNode body = request.json();
        JsonNode subscribers = body.path("subscribers");
        if (!subscribers.isArray() || subscribers.isEmpty()) {
            throw SimulatorException.badRequest("subscribers", "at least one subscriber is required");
        }
        if ("VIBER".equals(type) && (!body.path("im_channels").isArray() || body.path("im_channels").isEmpty())) {
            throw SimulatorException.badRequest("im_channels", "at least one channel is required");
        }
        if ("SMS".equals(type)) {
            SimJson.required(body.path("message"), "text");
            SimJson.required(body.path("message"), "sender_id");
        }
        String callbackUrl = https(body, "callback_url");
        https(body, "reply_url");
        String requestId = UUID.randomUUID().toString();
        String referenceId = SimJson.text(body, "reference_id");
        ObjectNode answer = SimJson.object().put("request_id", requestId).put("reference", referenceId);
        ObjectNode results = answer.putObject("results");
        ArrayNode reports = SimJson.array();
        String sender = senderOf(body, type);
        for (JsonNode subscriber : subscribers) {
            String number = SimJson.required(subscriber, "number");
            if (!MSISDN.matcher(number).matches()) {
                throw SimulatorException.badRequest("subscribers.number", "must be 7-15 digits, not starting with 0");
            }
            String messageId = UUID.randomUUID().toString();
            results.putArray(number).addObject().put("message_id", messageId)
                    .put("custom_id", SimJson.text(subscriber, "custom_id"))
                    .put("length", body.path("message").path("text").asText("").length());
            reports.add(report(sender, number, messageId, SimJson.text(subscriber, "custom_id"), type));
        }
        answer.putObject("result_info").put("status_code", 200).put("description", "OK");
        if (scheduledLater(body)) {
            scheduled.add(new Scheduled(requestId, referenceId, subscribers.size()));
        } else {
            balance -= subscribers.size();
            if (callbackUrl != null) {
                ObjectNode report = SimJson.object().put("url", callbackUrl).put("request_id", requestId)
                        .put("reference_id", referenceId);
                report.set("data", reports);
                report.put("account_id", ApifonLists.ACCOUNT_ID).put("type", type);
                callbacks.accept(callbackUrl, report.toString());
            }
        }
        return SimResponse.json(200, answer);
    }

    /** {@code POST /sms/remove}: the number of scheduled messages removed. */
    synchronized SimResponse remove(SimRequest request) {
        JsonNode body = request.json();
        String id = SimJson.required(body, "id");
        String field = SimJson.required(body, "field");
        if (!"REQUEST_ID".equals(field) && !"REFERENCE_ID".equals(field)) {
            throw SimulatorException.badRequest("field", "must be REQUEST_ID or REFERENCE_ID");
        }
        int removed = 0;
        for (var it = scheduled.iterator(); it.hasNext(); ) {
            Scheduled send = it.next();
            if (id.equals("REQUEST_ID".equals(field) ? send.requestId() : send.referenceId())) {
                removed += send.messages();
                it.remove();
            }
        }
        return SimResponse.json(200, removed);
    }

    synchronized SimResponse createOtp(SimRequest request) {
        JsonNode body = request.json();
        String referenceId = SimJson.required(body, "reference_id");
        String number = SimJson.required(body, "subscriber");
        if (!MSISDN.matcher(number).matches()) {
            throw SimulatorException.badRequest("subscriber", "must be 7-15 digits, not starting with 0");
        }
        String callbackUrl = https(body, "callback_url");
        String code = code(body.path("code_type").asText("numeric"), body.path("code_length").asInt(6));
        otps.put(referenceId, new Otp(code, Instant.now().plusSeconds(body.path("expire").asLong(300)), false));
        balance -= 1;
        String requestId = UUID.randomUUID().toString();
        String messageId = UUID.randomUUID().toString();
        ObjectNode answer = SimJson.object().put("request_id", requestId).put("reference_id", referenceId);
        answer.putArray("result").addObject().put("message_id", messageId).put("length", code.length());
        answer.putObject("result_info").put("status_code", 200).put("description", "OK");
        if (callbackUrl != null) {
            ObjectNode report = SimJson.object().put("url", callbackUrl).put("request_id", requestId)
                    .put("reference_id", referenceId);
            report.putArray("data").add(report(senderOf(body, "SMS"), number, messageId, null, "SMS"));
            report.put("account_id", ApifonLists.ACCOUNT_ID).put("type", "SMS");
            callbacks.accept(callbackUrl, report.toString());
        }
        return SimResponse.json(200, answer);
    }

    /** {@code POST /otp/verify/{reference_id}/{code}}: Apifon's result codes, a refusal being a 403 with a body. */
    synchronized SimResponse verifyOtp(SimRequest request) {
        Otp otp = otps.get(request.pathParameter("reference_id"));
        int code;
        String description;
        if (otp == null || !otp.code().equals(request.pathParameter("code"))) {
            code = 3;
            description = "Code not found";
        } else if (otp.used()) {
            code = 1;
            description = "Invalid (already validated)";
        } else if (Instant.now().isAfter(otp.expires())) {
            code = 6;
            description = "Expired";
        } else {
            code = 0;
            description = "Valid";
            otps.put(request.pathParameter("reference_id"), new Otp(otp.code(), otp.expires(), true));
        }
        ObjectNode answer = SimJson.object().put("request_id", UUID.randomUUID().toString());
        answer.putObject("result_info").put("status_code", code).put("description", description);
        return SimResponse.json(code <= 1 ? 200 : 403, answer);
    }

    synchronized SimResponse balance(SimRequest request) {
        ObjectNode answer = SimJson.object().put("balance", Double.toString(balance)).put("reserved", "0.0")
                .put("plafon", "0.0");
        answer.putArray("subscriptions");
        return SimResponse.json(200, answer);
    }

    Optional<String> otpCode(String referenceId) {
        return Optional.ofNullable(otps.get(referenceId)).map(Otp::code);
    }

    synchronized void clear() {
        scheduled.clear();
        otps.clear();
        balance = 10_000;
    }

    /** A delivery report item: delivered, or refused as Apifon does for a blocked number. */
    private ObjectNode report(String sender, String number, String messageId, String customId, String type) {
        boolean blocked = bounces.isBlocked(number);
        ObjectNode item = SimJson.object().put("from", sender).put("to", number).put("message_id", messageId)
                .put("custom_id", customId);
        item.putObject("status").put("code", blocked ? 111 : 7).put("text", blocked ? "spam_control" : "delivered");
        item.put("error_code", blocked ? "111" : "000").put("timestamp", Instant.now().getEpochSecond())
                .put("mccmnc", "20210");
        return item;
    }

    private static String senderOf(JsonNode body, String type) {
        String sender = "VIBER".equals(type) ? body.path("im_channels").path(0).path("sender_id").asText(null) : null;
        return sender != null ? sender : body.path("message").path("sender_id").asText("Apifon");
    }

    private static boolean scheduledLater(JsonNode body) {
        String date = SimJson.text(body, "date");
        if (date == null) {
            return false;
        }
        try {
            return LocalDateTime.parse(date).toInstant(ZoneOffset.UTC).isAfter(Instant.now());
        } catch (DateTimeParseException e) {
            throw SimulatorException.badRequest("date", "must be yyyy-MM-dd'T'HH:mm:ss in UTC");
        }
    }

    private static String https(JsonNode body, String field) {
        String url = SimJson.text(body, field);
        if (url != null && !url.startsWith("https://")) {
            throw SimulatorException.badRequest(field, "must be an https:// URL");
        }
        return url;
    }

    private String code(String type, int length) {
        String alphabet = switch (type) {
            case "numeric" -> DIGITS;
            case "alpha" -> ALPHA;
            case "alphanumeric" -> ALPHA + DIGITS;
            default -> throw SimulatorException.badRequest("code_type", "must be numeric, alpha or alphanumeric");
        };
        if (length < 1 || length > 20) {
            throw SimulatorException.badRequest("code_length", "must be between 1 and 20");
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < length; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }
}
