package io.github.camelmartech.sandbox.getresponse;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * GetResponse's error body {@code {httpStatus, code, codeDescription, message, moreInfo, context, uuid}}. The
 * numeric code says what went wrong; {@code context} is an object, or {@code []} when there is nothing to add (the
 * vendor's PHP writes an empty context as an empty array). Only 1014's description is quoted from the vendor's own
 * fixture; the others are the meaning of the code table in the vendor note, in the simulator's words.
 */
final class GetResponseErrors {

    static final String GENERAL_VALIDATION = "1000";
    static final String RELATED_NOT_FOUND = "1001";
    static final String WRONG_FORMAT = "1003";
    static final String DUPLICATE = "1008";
    static final String NOT_FOUND = "1013";
    static final String AUTHENTICATION = "1014";
    static final String QUOTA_REACHED = "1015";
    static final String BAD_HEADERS = "1021";
    static final String INTERNAL = "1";

    private GetResponseErrors() {
    }

    /** A route's refusal: its code, else the code of its status; a named field becomes the context. */
    static SimResponse refusal(SimulatorException refusal, GetResponseRateLimit rateLimit) {
        String code = refusal.code() != null ? refusal.code() : codeOf(refusal.status());
        JsonNode context;
        if (QUOTA_REACHED.equals(code)) {
            long wait = refusal.retryAfter() != null ? refusal.retryAfter().toSeconds() : rateLimit.secondsToReset();
            context = SimJson.object().put("currentLimit", rateLimit.limit()).put("timeToReset", wait + " seconds");
        } else if (refusal.field() != null) {
            context = SimJson.object().put("fieldName", refusal.field()).put("errorDescription", refusal.getMessage());
        } else {
            context = SimJson.array();
        }
        String message = refusal.field() != null ? refusal.field() + ": " + refusal.getMessage() : refusal.getMessage();
        return body(refusal.status(), code, message, context);
    }

    /** The body itself; {@code context} an object or an empty array. */
    static SimResponse body(int status, String code, String message, JsonNode context) {
        ObjectNode body = SimJson.object().put("httpStatus", status).put("code", Integer.parseInt(code))
                .put("codeDescription", description(code)).put("message", message)
                .put("moreInfo", "https://apidocs.getresponse.com/v3/errors/" + code);
        body.set("context", context == null ? SimJson.array() : context);
        body.put("uuid", UUID.randomUUID().toString());
        return SimResponse.json(status, body);
    }

    static SimulatorException validation(String field, String message) {
        return new SimulatorException(400, GENERAL_VALIDATION, field, message);
    }

    static SimulatorException relatedNotFound(String field, String message) {
        return new SimulatorException(400, RELATED_NOT_FOUND, field, message);
    }

    static SimulatorException duplicate(String field, String message) {
        return new SimulatorException(409, DUPLICATE, field, message);
    }

    static SimulatorException notFound(String what) {
        return new SimulatorException(404, NOT_FOUND, null, "Resource not found: " + what);
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> GENERAL_VALIDATION;
            case 401 -> AUTHENTICATION;
            case 404 -> NOT_FOUND;
            case 409 -> DUPLICATE;
            case 429 -> QUOTA_REACHED;
            default -> status >= 500 ? INTERNAL : GENERAL_VALIDATION;
        };
    }

    private static String description(String code) {
        return switch (code) {
            case GENERAL_VALIDATION -> "General error of validation process, more details should be in context section";
            case RELATED_NOT_FOUND -> "Related resource not found";
            case WRONG_FORMAT -> "Wrong format of value";
            case DUPLICATE -> "Duplicated value of unique property";
            case NOT_FOUND -> "Resource with given ID not found";
            case AUTHENTICATION -> "Problem during authentication process, check headers!";
            case QUOTA_REACHED -> "The throttling limit has been reached";
            case BAD_HEADERS -> "Bad request headers";
            case INTERNAL -> "Internal error";
            default -> "Error";
        };
    }
}
