package io.github.camelmartech.apifon;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.camelmartech.apifon.model.ImAction;
import io.github.camelmartech.apifon.model.ImChannel;
import io.github.camelmartech.apifon.model.ImRequest;
import io.github.camelmartech.apifon.model.LandingPage;
import io.github.camelmartech.apifon.model.Message;
import io.github.camelmartech.apifon.model.OtpRequest;
import io.github.camelmartech.apifon.model.Recipient;
import io.github.camelmartech.apifon.model.RemoveRequest;
import io.github.camelmartech.apifon.model.SmsRequest;
import io.github.camelmartech.support.error.MarTechInvalidInputException;

/**
 * The rules the Apifon reference states for gateway requests, checked before anything is sent: a request Apifon
 * would refuse costs a round trip, and one it would accept wrongly (a number with a leading 0) costs money.
 */
final class ApifonValidation {

    static final Pattern MSISDN = Pattern.compile("[1-9][0-9]{6,14}");
    private static final Pattern NUMERIC_SENDER = Pattern.compile("[0-9]{1,16}");
    private static final Pattern ALPHANUMERIC_SENDER = Pattern.compile("[^\\p{Cntrl}]{1,11}");
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,10}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final Set<String> CODE_TYPES = Set.of("numeric", "alpha", "alphanumeric");
    private static final Set<String> REMOVE_FIELDS = Set.of("REQUEST_ID", "REFERENCE_ID");
    static final int MAX_PAGE_SIZE = 200;

    private ApifonValidation() {
    }

    static MarTechInvalidInputException invalid(String field, String rule) {
        return new MarTechInvalidInputException(field, rule);
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "is required");
        }
        return value;
    }

    static void msisdn(String field, String number) {
        required(field, number);
        if (!MSISDN.matcher(number).matches()) {
            throw invalid(field, "must be 7-15 digits in international format, without + and not starting with 0");
        }
    }

    /**
     * A number in the international form Apifon wants, from how people write it: without spaces, dashes, dots or
     * parentheses, and without the {@code +} or {@code 00} international prefix ({@code +30 699 9999999} and
     * {@code 0030-699-9999999} are {@code 306999999999}). Checked by {@link #msisdn} afterwards.
     */
    static String internationalNumber(String number) {
        String digits = number.replaceAll("[\\s().-]", "");
        if (digits.startsWith("+")) {
            return digits.substring(1);
        }
        return digits.startsWith("00") ? digits.substring(2) : digits;
    }

    static void senderId(String field, String senderId) {
        required(field, senderId);
        if (senderId.chars().allMatch(Character::isDigit)) {
            if (!NUMERIC_SENDER.matcher(senderId).matches()) {
                throw invalid(field, "must be at most 16 digits when numeric");
            }
        } else if (!ALPHANUMERIC_SENDER.matcher(senderId).matches()) {
            throw invalid(field, "must be 1-11 characters when alphanumeric");
        }
    }

    static void message(String field, Message message, boolean senderRequired) {
        if (message.getDc() != null && (message.getDc() < 0 || message.getDc() > 2)) {
            throw invalid(field + ".dc", "must be 0 (GSM7), 1 (8-bit) or 2 (UCS-2)");
        }
        if (senderRequired || message.getSenderId() != null) {
            senderId(field + ".sender_id", message.getSenderId());
        }
    }

    static void recipients(List<Recipient> subscribers) {
        if (subscribers == null || subscribers.isEmpty()) {
            throw invalid("subscribers", "at least one recipient is required (body, header "
                                         + ApifonConstants.RECIPIENTS + " or option recipients)");
        }
        for (int i = 0; i < subscribers.size(); i++) {
            Recipient r = subscribers.get(i);
            String field = "subscribers[" + i + "]";
            if (r == null) {
                throw invalid(field, "must not be null");
            }
            msisdn(field + ".number", r.getNumber());
            Object landing = r.getParams() == null ? null : r.getParams().get("apifon_lp");
            if (landing != null) {
                landing(field + ".params.apifon_lp", landing instanceof LandingPage page ? page
                        : ApifonBodies.convert(field + ".params.apifon_lp", landing, LandingPage.class));
            }
        }
    }

    static void landing(String field, LandingPage landing) {
        required(field + ".url", landing.getUrl());
        if (landing.getLandingDomain() != null && !landing.getLandingDomain().matches("https?://.+")) {
            throw invalid(field + ".landing_domain", "must start with http:// or https://");
        }
        if (landing.getMethod() != null) {
            if (!Set.of("GET", "POST").contains(landing.getMethod())) {
                throw invalid(field + ".method", "must be GET or POST");
            }
            if (!Boolean.FALSE.equals(landing.getRedirect())) {
                throw invalid(field + ".method", "may be set only when redirect is false");
            }
        }
    }

    static void common(String referenceId, String callbackUrl, String date) {
        if (referenceId != null && referenceId.length() > 255) {
            throw invalid("reference_id", "must be at most 255 characters");
        }
        https("callback_url", callbackUrl);
        if (date != null) {
            dateTime("date", date);
        }
    }

    static void https(String field, String url) {
        if (url != null && !url.startsWith("https://")) {
            throw invalid(field, "must be an https:// URL");
        }
    }

    static void dateTime(String field, String value) {
        try {
            LocalDateTime.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be a UTC date formatted yyyy-MM-dd'T'HH:mm:ss");
        }
    }

    static void sms(SmsRequest request) {
        recipients(request.getSubscribers());
        if (request.getMessage() == null) {
            throw invalid("message", "is required");
        }
        required("message.text", request.getMessage().getText());
        message("message", request.getMessage(), true);
        common(request.getReferenceId(), request.getCallbackUrl(), request.getDate());
        if (request.getTte() != null && !SECONDS.matcher(request.getTte()).matches()) {
            try {
                LocalDateTime.parse(request.getTte(), DATE);
            } catch (DateTimeParseException e) {
                throw invalid("tte", "must be a validity in seconds or a date formatted yyyy-MM-dd'T'HH:mm:ss");
            }
        }
    }

    static void im(ImRequest request) {
        recipients(request.getSubscribers());
        List<ImChannel> channels = request.getImChannels();
        if (channels == null || channels.isEmpty()) {
            throw invalid("im_channels", "at least one channel is required");
        }
        for (int i = 0; i < channels.size(); i++) {
            imChannel("im_channels[" + i + "]", channels.get(i));
        }
        Message fallback = request.getMessage();
        if (fallback != null && !isEmpty(fallback)) {
            // the SMS fallback: the MESSAGE table of the reference requires its text and sender id
            required("message.text", fallback.getText());
            message("message", fallback, true);
        }
        common(request.getReferenceId(), request.getCallbackUrl(), request.getDate());
        https("reply_url", request.getReplyUrl());
    }

    /** An empty message object, as in the reference's simple IM request: no SMS fallback. */
    static boolean isEmpty(Message message) {
        return message.getText() == null && message.getSenderId() == null && message.getDc() == null;
    }

    private static void imChannel(String field, ImChannel channel) {
        if (channel == null) {
            throw invalid(field, "must not be null");
        }
        boolean text = channel.getText() != null && !channel.getText().isBlank();
        int images = size(channel.getImages());
        int actions = size(channel.getActions());
        if (images > 1) {
            throw invalid(field + ".images", "Viber allows at most one image");
        }
        if (actions > 1) {
            throw invalid(field + ".actions", "Viber allows at most one action");
        }
        // the documented content patterns: text; image; text + action; text + image + action
        boolean allowed = text && images == 0 || !text && images == 1 && actions == 0 || text && actions == 1;
        if (!allowed) {
            throw invalid(field, "content must be text, an image, text with an action, or text with an image and an action");
        }
        for (int a = 0; a < actions; a++) {
            ImAction action = channel.getActions().get(a);
            required(field + ".actions[" + a + "].title", action.getTitle());
            required(field + ".actions[" + a + "].target_url", action.getTargetUrl());
        }
        if (channel.getTtl() != null && (channel.getTtl() < 30 || channel.getTtl() > 86_400)) {
            throw invalid(field + ".ttl", "must be 30-86400 seconds");
        }
        if (channel.getSenderId() != null) {
            senderId(field + ".sender_id", channel.getSenderId());
        }
    }

    static void otp(OtpRequest request) {
        required("reference_id", request.getReferenceId());
        msisdn("subscriber", request.getSubscriber());
        if (request.getCodeType() != null && !CODE_TYPES.contains(request.getCodeType())) {
            throw invalid("code_type", "must be numeric, alpha or alphanumeric");
        }
        if (request.getCodeLength() != null && (request.getCodeLength() < 1 || request.getCodeLength() > 20)) {
            throw invalid("code_length", "must be 1-20 characters");
        }
        if (request.getExpire() != null && request.getExpire() <= 0) {
            throw invalid("expire", "must be a positive number of seconds");
        }
        https("callback_url", request.getCallbackUrl());
        if (request.getMessage() != null) {
            message("message", request.getMessage(), false);
        }
    }

    static void remove(RemoveRequest request) {
        required("id", request.getId());
        if (!REMOVE_FIELDS.contains(request.getField())) {
            throw invalid("field", "must be REQUEST_ID or REFERENCE_ID");
        }
    }

    static void oneOf(String field, String value, Set<String> allowed, boolean required) {
        if (value == null && !required) {
            return;
        }
        if (value == null || !allowed.contains(value)) {
            throw invalid(field, "must be one of " + new java.util.TreeSet<>(allowed));
        }
    }

    static void pageSize(Object size) {
        if (size != null) {
            String s = size.toString();
            if (!s.matches("[0-9]+") || Integer.parseInt(s) < 1 || Integer.parseInt(s) > MAX_PAGE_SIZE) {
                throw invalid("size", "must be 1-" + MAX_PAGE_SIZE);
            }
        }
    }

    private static int size(Collection<?> c) {
        return c == null ? 0 : c.size();
    }
}
