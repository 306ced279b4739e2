package io.github.camelmartech.apifon;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.camelmartech.apifon.model.Balance;
import io.github.camelmartech.apifon.model.GatewayRequest;
import io.github.camelmartech.apifon.model.ImChannel;
import io.github.camelmartech.apifon.model.ImRequest;
import io.github.camelmartech.apifon.model.LandingPage;
import io.github.camelmartech.apifon.model.Message;
import io.github.camelmartech.apifon.model.OtpRequest;
import io.github.camelmartech.apifon.model.OtpResponse;
import io.github.camelmartech.apifon.model.OtpVerifyResult;
import io.github.camelmartech.apifon.model.Recipient;
import io.github.camelmartech.apifon.model.RemoveRequest;
import io.github.camelmartech.apifon.model.SendResponse;
import io.github.camelmartech.apifon.model.SmsRequest;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.operation.ApiOperation;
import io.github.camelmartech.support.operation.Body;
import io.github.camelmartech.support.operation.Checker;
import io.github.camelmartech.support.operation.OperationCall;
import io.github.camelmartech.support.operation.Resource;
import io.github.camelmartech.support.operation.Rule;
import io.github.camelmartech.support.operation.Value;

import static io.github.camelmartech.apifon.ApifonConstants.MESSAGE_IDS;
import static io.github.camelmartech.apifon.ApifonConstants.OTP_CODE;
import static io.github.camelmartech.apifon.ApifonConstants.OTP_STATUS;
import static io.github.camelmartech.apifon.ApifonConstants.RECIPIENTS;
import static io.github.camelmartech.apifon.ApifonConstants.REFERENCE_ID;
import static io.github.camelmartech.apifon.ApifonConstants.REQUEST_ID;
import static io.github.camelmartech.apifon.ApifonConstants.SENDER_ID;
import static io.github.camelmartech.apifon.ApifonOperations.API;

/**
 * Apifon's gateway as tables: {@code sms}, {@code im} (Viber), {@code otp}, {@code balance}. What a send's body leaves
 * out (recipients, sender, data coding, reference, callback URL) comes from the headers and options, recorded so that a
 * bad value is named with where it came from; the rules are the reference's, checked before anything is sent (a
 * request Apifon would refuse costs a round trip, one it would accept wrongly, a number with a leading 0, costs money).
 * Sends are never repeated once they may have reached Apifon.
 */
final class ApifonGatewayTable {

    static final Rule MSISDN = Rule.required().and(Rule.pattern("[1-9][0-9]{6,14}",
            "must be 7-15 digits in international format, without + and not starting with 0"));
    // compiled once: both run on every send (the sender) and every recipient (the separators)
    private static final Pattern ALPHANUMERIC_SENDER = Pattern.compile("[^\\p{Cntrl}]{1,11}");
    private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[\\s().-]");
    /** A sender id: up to 16 digits, or up to 11 characters; absent passes (pair with required where it is). */
    static final Rule SENDER = v -> v == null ? null : v.toString().isBlank() ? "is required"
            : v.toString().chars().allMatch(Character::isDigit)
                    ? v.toString().length() <= 16 ? null : "must be at most 16 digits when numeric"
                    : ALPHANUMERIC_SENDER.matcher(v.toString()).matches() ? null
                            : "must be 1-11 characters when alphanumeric";
    static final Rule DATE_TIME = Rule.dateTime("uuuu-MM-dd'T'HH:mm:ss",
            "must be a UTC date formatted yyyy-MM-dd'T'HH:mm:ss");
    private static final Rule TTE = Rule.pattern("[0-9]{1,10}",
            "must be a validity in seconds or a date formatted yyyy-MM-dd'T'HH:mm:ss").or(DATE_TIME);
    private static final Rule DC = Rule.pattern("[012]", "must be 0 (GSM7), 1 (8-bit) or 2 (UCS-2)");
    private static final Rule RECIPIENTS_REQUIRED = Rule.required()
            .saying("at least one recipient is required (body, header " + RECIPIENTS + " or option recipients)");
    private static final Rule CHANNELS_REQUIRED = Rule.required().saying("at least one channel is required");
    private static final Rule IM_CONTENT = v -> isAllowedContent((ImChannel) v) ? null
            : "content must be text, an image, text with an action, or text with an image and an action";
    private static final Body<LandingPage> LANDING_PAGE = Body.of(LandingPage.class);

    private ApifonGatewayTable() {
    }

    static Resource.Builder sms() {
        return Resource.named("sms").description("SMS messages.")
                .defaultOperation(send(API + "/sms/send")
                        .body(Body.of(SmsRequest.class).orTextUnlessModel(ApifonGatewayTable::smsOf))
                        .defaults(ApifonGatewayTable::sendDefaults)
                        .defaults((call, r) -> {
                            if (r.getMessage() == null) {
                                r.setMessage(new Message());
                            }
                            messageDefaults(call, r.getMessage());
                        })
                        .check(ApifonGatewayTable::checkRecipients)
                        .check((c, r) -> c.nested("message", r.getMessage(), ApifonGatewayTable::checkMessage))
                        .check(ApifonGatewayTable::checkCommon)
                        .check((c, r) -> c.field("tte", r.getTte(), TTE))
                        .description("Sends an SMS. A String body is the text, to the recipients of CamelApifonRecipients"
                                     + " or option recipients, from the sender of CamelApifonSenderId or option senderId;"
                                     + " an SmsRequest has per-recipient params, landing pages, reference, callback URL,"
                                     + " tte and a schedule. Answers a SendResponse; CamelApifonRequestId and"
                                     + " CamelApifonMessageIds (number to message ids)."))
                .operation(remove("/sms/remove"));
    }

    static Resource.Builder im() {
        return Resource.named("im").description("Viber (IM) messages, with an optional SMS fallback.")
                .defaultOperation(send(API + "/im/send")
                        .body(Body.of(ImRequest.class).orTextUnlessModel(ApifonGatewayTable::imOf))
                        .defaults(ApifonGatewayTable::sendDefaults)
                        .defaults((call, r) -> {
                            ImChannel fromText = textChannel(call, r);
                            if (fromText != null) {
                                // a String body's one channel: the sender of the header or option, like an SMS's
                                call.fill("im_channels[0].sender_id", fromText.getSenderId(),
                                        call.headerOrOption(SENDER_ID, "senderId"), s -> fromText.setSenderId(s.text()));
                            }
                            if (hasFallback(r)) {
                                messageDefaults(call, r.getMessage());
                            }
                        })
                        .check(ApifonGatewayTable::checkRecipients)
                        .check((c, r) -> c.field("im_channels", r.getImChannels(), CHANNELS_REQUIRED)
                                .each("im_channels", r.getImChannels(), ApifonGatewayTable::checkChannel)
                                // the SMS fallback: the reference's MESSAGE table requires its text and sender
                                .nested("message", hasFallback(r) ? r.getMessage() : null,
                                        ApifonGatewayTable::checkMessage))
                        .check(ApifonGatewayTable::checkCommon)
                        .check((c, r) -> c.field("reply_url", r.getReplyUrl(), Rule.httpsUrl()))
                        .description("Sends a Viber message. A String body is the text of one channel (sender from"
                                     + " CamelApifonSenderId or option senderId, else the token's); an ImRequest has"
                                     + " channels with one image and one action, ttl, an SMS fallback message (which gets"
                                     + " the SMS defaults; an empty one is no fallback) and reply_url. Answers a"
                                     + " SendResponse."))
                .operation(remove("/im/remove"));
    }

    /** A send: never repeated once it may have reached Apifon; answers a SendResponse and its ids as headers. */
    private static ApiOperation.Builder<Void> send(String path) {
        return ApiOperation.post("send", path).notIdempotent().result(SendResponse.class)
                .resultHeader(REQUEST_ID, SendResponse::getRequestId)
                .resultHeader(MESSAGE_IDS, SendResponse::messageIds);
    }

    /** Removes scheduled messages; Apifon answers with a bare number, how many it removed. */
    private static ApiOperation.Builder<RemoveRequest> remove(String path) {
        return ApiOperation.post("remove", API + path)
                .body(Body.of(RemoveRequest.class).orTextUnlessModel(ApifonGatewayTable::removeOf))
                .check((c, r) -> c.field("id", r.getId(), Rule.required()).field("field", r.getField(),
                        v -> "REQUEST_ID".equals(v) || "REFERENCE_ID".equals(v) ? null
                                : "must be REQUEST_ID or REFERENCE_ID"))
                .result(Integer.class)
                .emptyResult(response -> null)
                .description("Removes scheduled messages. A String body is a request id; a RemoveRequest names the id"
                             + " and its field (REQUEST_ID, REFERENCE_ID). Answers the number removed.");
    }

    static Resource.Builder otp() {
        return Resource.named("otp").description("One-time passwords.")
                .defaultOperation(ApiOperation.post("create", API + "/otp/create")
                        .body(Body.of(OtpRequest.class).orTextUnlessModel(ApifonGatewayTable::otpOf))
                        .defaults((call, r) -> {
                            if (r.getSubscriber() != null) {
                                r.setSubscriber(international(r.getSubscriber()));
                            }
                            call.fill("reference_id", r.getReferenceId(), call.fromHeader(REFERENCE_ID),
                                    s -> r.setReferenceId(s.text()));
                            call.fill("callback_url", r.getCallbackUrl(), call.fromOption("callbackUrl"),
                                    s -> r.setCallbackUrl(s.text()));
                            if (r.getMessage() != null) {
                                call.fill("message.sender_id", r.getMessage().getSenderId(),
                                        call.headerOrOption(SENDER_ID, "senderId"), s -> r.getMessage().setSenderId(s.text()));
                            }
                        })
                        .check((c, r) -> c.field("reference_id", r.getReferenceId(), Rule.required())
                                .field("subscriber", r.getSubscriber(), MSISDN)
                                .field("code_type", r.getCodeType(), Rule.pattern("numeric|alpha|alphanumeric",
                                        "must be numeric, alpha or alphanumeric"))
                                .field("code_length", r.getCodeLength(), Rule.range(1, 20))
                                .field("expire", r.getExpire(), Rule.range(1, Long.MAX_VALUE))
                                .field("callback_url", r.getCallbackUrl(), Rule.httpsUrl())
                                .nested("message", r.getMessage(), (m, message) -> m.field("dc", message.getDc(), DC)
                                        .field("sender_id", message.getSenderId(), SENDER)))
                        .notIdempotent()
                        .result(OtpResponse.class)
                        .resultHeader(REQUEST_ID, OtpResponse::getRequestId)
                        .resultHeader(REFERENCE_ID, OtpResponse::getReferenceId)
                        .description("Sends a generated code. A String body is the subscriber number, the reference in"
                                     + " CamelApifonReferenceId; an OtpRequest sets code length and type, expiry and the"
                                     + " message ({apifon_otp}). Answers an OtpResponse."))
                .operation(ApiOperation.post("verify", API + "/otp/verify/{reference_id}/{apifon_otp}")
                        .path("reference_id", Value.header(REFERENCE_ID))
                        .path("apifon_otp", Value.header(OTP_CODE).orStringBody())
                        // no body (the SDKs sign an empty one); not repeated, a verification consumes the code
                        .header("Content-Type", "application/json")
                        // Apifon answers a wrong, expired or used code with 403 and the outcome in result_info
                        .resultStatus(403)
                        .result(OtpVerifyResult.class)
                        .resultHeader(REQUEST_ID, OtpVerifyResult::getRequestId)
                        .resultHeader(OTP_STATUS, OtpVerifyResult::getStatus)
                        .description("Checks a code. Answers an OtpVerifyResult whose status (also in"
                                     + " CamelApifonOtpStatus) says VALID, EXPIRED, ...: a failed verification is a"
                                     + " result, not an exception, although Apifon answers it with 403."));
    }

    static Resource.Builder balance() {
        return Resource.named("balance").description("The account.")
                .defaultOperation(ApiOperation.post("get", API + "/balance")
                        .header("Content-Type", "application/json")
                        .idempotent()
                        .result(Balance.class)
                        .description("The balance and sender-id subscriptions (a read Apifon exposes as POST: retried"
                                     + " like a GET)."));
    }

    /** What SMS and IM sends share: recipients, reference and callback URL from the header or options. */
    private static void sendDefaults(OperationCall call, GatewayRequest r) {
        List<Recipient> given = r.getSubscribers();
        if (given == null || given.isEmpty()) {
            call.fill("subscribers", null, call.headerOrOption(RECIPIENTS, "recipients"),
                    s -> r.setSubscribers(recipients(s.value())));
        } else {
            given.stream().filter(p -> p != null && p.getNumber() != null)
                    .forEach(p -> p.setNumber(international(p.getNumber())));
        }
        call.fill("reference_id", r.getReferenceId(), call.fromHeader(REFERENCE_ID), s -> r.setReferenceId(s.text()));
        call.fill("callback_url", r.getCallbackUrl(), call.fromOption("callbackUrl"), s -> r.setCallbackUrl(s.text()));
    }

    private static void messageDefaults(OperationCall call, Message m) {
        call.fill("message.sender_id", m.getSenderId(), call.headerOrOption(SENDER_ID, "senderId"),
                s -> m.setSenderId(s.text()));
        call.fill("message.dc", m.getDc(), call.fromOption("dc"), s -> m.setDc(((Number) s.value()).intValue()));
    }

    private static void checkRecipients(Checker c, GatewayRequest r) {
        c.field("subscribers", r.getSubscribers(), RECIPIENTS_REQUIRED)
                .each("subscribers", r.getSubscribers(), (s, recipient) -> s.field("number", recipient.getNumber(), MSISDN)
                        .nested("params.apifon_lp", landingPage(s, recipient), ApifonGatewayTable::checkLandingPage));
    }

    private static void checkMessage(Checker c, Message m) {
        c.field("text", m.getText(), Rule.required()).field("dc", m.getDc(), DC)
                .field("sender_id", m.getSenderId(), Rule.required(), SENDER);
    }

    private static void checkCommon(Checker c, GatewayRequest r) {
        c.field("reference_id", r.getReferenceId(), Rule.length(0, 255))
                .field("callback_url", r.getCallbackUrl(), Rule.httpsUrl())
                .field("date", r.getDate(), DATE_TIME);
    }

    private static void checkChannel(Checker c, ImChannel channel) {
        c.field("images", channel.getImages(), Rule.length(0, 1).saying("Viber allows at most one image"))
                .field("actions", channel.getActions(), Rule.length(0, 1).saying("Viber allows at most one action"))
                .field("", channel, IM_CONTENT)
                .each("actions", channel.getActions(), (a, action) -> a.field("title", action.getTitle(), Rule.required())
                        .field("target_url", action.getTargetUrl(), Rule.required()))
                .field("ttl", channel.getTtl(), Rule.range(30, 86_400))
                .field("sender_id", channel.getSenderId(), SENDER);
    }

    private static void checkLandingPage(Checker c, LandingPage page) {
        c.field("url", page.getUrl(), Rule.required())
                .field("landing_domain", page.getLandingDomain(), Rule.pattern("https?://.+",
                        "must start with http:// or https://"))
                .field("method", page.getMethod(), Rule.pattern("GET|POST", "must be GET or POST"))
                .field("method", page.getMethod(), v -> v == null || Boolean.FALSE.equals(page.getRedirect()) ? null
                        : "may be set only when redirect is false");
    }

    /** A recipient's landing page ({@code params.apifon_lp}): the model, or a Map of its fields. */
    private static LandingPage landingPage(Checker c, Recipient recipient) {
        Object page = recipient.getParams() == null ? null : recipient.getParams().get("apifon_lp");
        try {
            return page == null ? null : LANDING_PAGE.bind(page);
        } catch (MarTechInvalidInputException e) {
            // body.url -> params.apifon_lp.url
            throw c.invalid("params.apifon_lp" + e.getField().substring("body".length()), e.getRule());
        }
    }

    /**
     * A number in the international form Apifon wants, from how people write it: without spaces, dashes, dots or
     * parentheses, and without the {@code +} or {@code 00} prefix ({@code +30 699 9999999} and {@code 0030-699-9999999}
     * are {@code 306999999999}); the same for the body, the header and the option. {@link #MSISDN} checks it after.
     */
    static String international(String number) {
        String digits = NUMBER_SEPARATORS.matcher(number).replaceAll("");
        return digits.startsWith("+") ? digits.substring(1) : digits.startsWith("00") ? digits.substring(2) : digits;
    }

    /** The recipients of a header or option: a comma-separated String or a collection of numbers. */
    private static List<Recipient> recipients(Object value) {
        Stream<?> numbers = value instanceof Collection<?> c ? c.stream()
                : value instanceof Object[] a ? Arrays.stream(a) : Arrays.stream(value.toString().split(","));
        return numbers.filter(Objects::nonNull).map(n -> n.toString().trim()).filter(n -> !n.isEmpty()).map(n -> {
            Recipient r = new Recipient();
            r.setNumber(international(n));
            return r;
        }).toList();
    }

    private static SmsRequest smsOf(String text) {
        SmsRequest request = new SmsRequest();
        request.setMessage(new Message());
        request.getMessage().setText(text);
        return request;
    }

    private static ImRequest imOf(String text) {
        ImChannel channel = new ImChannel();
        channel.setText(text);
        ImRequest request = new ImRequest();
        request.setImChannels(List.of(channel));
        return request;
    }

    private static OtpRequest otpOf(String subscriber) {
        OtpRequest request = new OtpRequest();
        request.setSubscriber(subscriber.trim());
        return request;
    }

    private static RemoveRequest removeOf(String requestId) {
        RemoveRequest request = new RemoveRequest();
        request.setId(requestId.trim());
        request.setField("REQUEST_ID");
        return request;
    }

    /** The one channel an IM's String body became (its text is the whole body), or null for any other body. */
    private static ImChannel textChannel(OperationCall call, ImRequest r) {
        List<ImChannel> channels = r.getImChannels();
        return call.in().getBody() instanceof String text && channels != null && channels.size() == 1
               && channels.get(0) != null && text.equals(channels.get(0).getText()) ? channels.get(0) : null;
    }

    /** An empty message object, as in the reference's simple IM request, is no SMS fallback. */
    private static boolean hasFallback(ImRequest r) {
        Message m = r.getMessage();
        return m != null && (m.getText() != null || m.getSenderId() != null || m.getDc() != null);
    }

    /** The documented content patterns (at most one image and one action): text; image; text + action; all three. */
    private static boolean isAllowedContent(ImChannel channel) {
        boolean text = channel.getText() != null && !channel.getText().isBlank();
        int images = channel.getImages() == null ? 0 : channel.getImages().size();
        int actions = channel.getActions() == null ? 0 : channel.getActions().size();
        return text && (images == 0 || actions == 1) || !text && images == 1 && actions == 0;
    }
}
