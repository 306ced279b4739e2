package io.github.camelmartech.support.http;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.error.ErrorKind;
import io.github.camelmartech.support.retry.RetryAfter;

/**
 * A vendor's error responses as data, for {@link JsonErrorDecoder}: where the message, the vendor code and the request
 * id are (JSON pointers, the first present wins, the vendor's before the usual fields), what a vendor code means
 * (kind, "try later", the status the vendor pairs it with), what a status means when the code says nothing, and the
 * errors a vendor reports inside a 2xx body. Configured once, before the decoder is used.
 */
public final class ErrorRules {

    private static final List<String> MESSAGES
            = List.of("/message", "/error_description", "/errorMessage", "/detail", "/title", "/error", "/Message");
    private static final List<String> CODES = List.of("/code", "/error_code", "/errorCode", "/Code");
    private static final int UNKNOWN_CODE_STATUS = 500;

    final List<String> messageAt = new ArrayList<>(MESSAGES);
    final List<String> codeAt = new ArrayList<>(CODES);
    final List<String> requestIdAt = new ArrayList<>();
    String detailsAt = "";
    String[] joinedMessage;
    String errorsLabel;
    String errorsMessage;
    final List<String> errorsAt = new ArrayList<>();
    boolean keepRawBody;
    private final Map<String, ErrorKind> kinds = new HashMap<>();
    private final Map<String, Integer> statuses = new HashMap<>();
    private final Set<String> retryable = new HashSet<>();
    private final Map<Integer, ErrorKind> statusKinds = new HashMap<>();
    private String retryAfterAt;
    private Clock clock;
    private String in2xxAt;
    private Predicate<String> errorCodeIn2xx;

    /** The message is at one of these pointers, tried before the usual fields ({@code message}, {@code title}...). */
    public ErrorRules messageAt(String... pointers) {
        messageAt.addAll(0, List.of(pointers));
        return this;
    }

    /** The vendor code is at one of these pointers, tried before the usual fields ({@code code}...). */
    public ErrorRules codeAt(String... pointers) {
        codeAt.addAll(0, List.of(pointers));
        return this;
    }

    /** When both are present, the message is {@code first + separator + second} (a title and its detail). */
    public ErrorRules messageOf(String first, String separator, String second) {
        joinedMessage = new String[] {first, separator, second};
        return this;
    }

    /** The request id is the first non-blank value at these pointers; the usual headers otherwise. */
    public ErrorRules requestIdAt(String... pointers) {
        requestIdAt.addAll(List.of(pointers));
        return this;
    }

    /** The details are the fields of the object at this pointer, not every other top-level field. */
    public ErrorRules detailsAt(String pointer) {
        detailsAt = pointer;
        return this;
    }

    /**
     * The body lists its errors in an array at the first of these pointers holding a non-empty one (an outer array is
     * {@code /0/...}): the first item's {@code label} is the vendor code, every item's {@code message} is kept, joined
     * with "; ", and the array itself is the detail {@code errors}.
     */
    public ErrorRules errorsAt(String label, String message, String... pointers) {
        errorsLabel = label;
        errorsMessage = message;
        errorsAt.addAll(List.of(pointers));
        return this;
    }

    /** The raw body is kept verbatim as the detail {@code body}, whatever its shape. */
    public ErrorRules keepRawBody() {
        keepRawBody = true;
        return this;
    }

    /** These vendor codes mean this kind, whatever the status they came with. */
    public ErrorRules kind(ErrorKind kind, String... codes) {
        for (String code : codes) {
            kinds.put(code, kind);
        }
        return this;
    }

    /** A vendor code's kind and the status the vendor pairs it with (the status of that code inside a 2xx). */
    public ErrorRules code(String code, int status, ErrorKind kind) {
        statuses.put(code, status);
        return kind(kind, code);
    }

    /** These vendor codes are "refused, try later": the retry policy treats them like a 429. */
    public ErrorRules retryable(String... codes) {
        retryable.addAll(List.of(codes));
        return this;
    }

    /** A retryable error's wait is the value at this pointer (seconds, or a date), when the vendor sends one. */
    public ErrorRules retryAfterAt(String pointer, Clock clock) {
        this.retryAfterAt = pointer;
        this.clock = clock;
        return this;
    }

    /** The kind of this status when the vendor code says nothing more (a vendor whose 403 refuses the values). */
    public ErrorRules statusKind(int status, ErrorKind kind) {
        statusKinds.put(status, kind);
        return this;
    }

    /** A 2xx whose value at the pointer is an HTTP error status (a number, or three digits) fails with that status. */
    public ErrorRules statusIn2xx(String pointer) {
        in2xxAt = pointer;
        errorCodeIn2xx = null;
        return this;
    }

    /**
     * A 2xx whose value at the pointer is a vendor code {@code isError} accepts fails, with the status {@link #code}
     * pairs it with (500 for a code the table lacks); the status being a guess, the HTTP one is kept as the detail
     * {@code httpStatus}.
     */
    public ErrorRules codeIn2xx(String pointer, Predicate<String> isError) {
        in2xxAt = pointer;
        errorCodeIn2xx = isError;
        return this;
    }

    /** The status of a 2xx answer that is an error, or 0: one field read, never a tree of every answer. */
    int statusIn2xx(ApiResponse response) {
        if (in2xxAt == null) {
            return 0;
        }
        JsonNode value = response.jsonAt(in2xxAt);
        if (errorCodeIn2xx == null) {
            int status = value.isNumber() ? value.asInt()
                    : value.asText("").matches("\\d{3}") ? Integer.parseInt(value.asText()) : 0;
            return status >= 400 ? status : 0;
        }
        String code = value.isValueNode() && !value.isNull() ? value.asText() : null;
        return code != null && errorCodeIn2xx.test(code) ? statuses.getOrDefault(code, UNKNOWN_CODE_STATUS) : 0;
    }

    boolean keepsHttpStatus() {
        return errorCodeIn2xx != null;
    }

    /** The kind the vendor code means, else the one this vendor gives the status; null for the status's usual one. */
    ErrorKind kindOf(String code, int status) {
        ErrorKind kind = code == null ? null : kinds.get(code);
        return kind != null ? kind : statusKinds.get(status);
    }

    boolean isRetryable(String code) {
        return code != null && retryable.contains(code);
    }

    /** The wait a retryable error's body asks for, or null. */
    Duration retryAfter(JsonNode body) {
        if (retryAfterAt == null || body == null) {
            return null;
        }
        return RetryAfter.parse(body.at(retryAfterAt).asText(null), clock);
    }
}
