package io.github.camelmartech.support.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.error.ErrorKind;
import io.github.camelmartech.support.json.MarTechJson;

/**
 * Decodes any non-2xx response into an {@link ApiError}: the kind from the status, the message and code from the
 * usual JSON fields, every other top-level field as a detail, the request id from the usual headers. A body that
 * is not JSON (an HTML page from a proxy) becomes the message, shortened. A vendor states what its error bodies say
 * differently as {@link ErrorRules} (and extends {@link #decodeNonObject} for bodies that are not JSON objects).
 */
public class JsonErrorDecoder implements ErrorDecoder {

    private static final List<String> REQUEST_ID_HEADERS
            = List.of("X-Request-Id", "Request-Id", "X-Correlation-Id", "X-Amzn-RequestId");

    private final ErrorRules rules;

    /** The usual fields and headers only. */
    public JsonErrorDecoder() {
        this(new ErrorRules());
    }

    /** A vendor's error bodies, described by {@code rules}. */
    public JsonErrorDecoder(ErrorRules rules) {
        this.rules = rules;
    }

    @Override
    public ApiError decode(ApiResponse response) {
        // a 2xx is an error only when the vendor reports one inside it: one field tells, not a tree of every answer
        int status = response.isSuccess() ? rules.statusIn2xx(response) : response.status();
        if (status == 0) {
            return null;
        }
        ApiError.Builder error = ApiError.builder(status).requestId(requestId(response));
        if (status != response.status() && rules.keepsHttpStatus()) {
            error.detail("httpStatus", response.status());
        }
        JsonNode body = tryJson(response);
        JsonNode errors = errorsArray(body);
        if (errors != null) {
            decodeErrors(errors, error);
        } else if (body != null && body.isObject()) {
            decodeBody(body, error);
        } else {
            decodeNonObject(response, body, error);
        }
        // the builder has no getters: the vendor code as decoded so far decides the kind
        String code = error.build().vendorCode();
        ErrorKind kind = rules.kindOf(code, status);
        if (kind != null) {
            error.kind(kind);
        }
        if (rules.isRetryable(code)) {
            error.retryable(true);
            Duration wait = rules.retryAfter(body);
            if (wait != null) {
                error.retryAfter(wait);
            }
        }
        if (rules.keepRawBody && response.hasBody()) {
            error.detail("body", response.bodyAsString());
        }
        return error.build();
    }

    /** Fills the builder from a JSON object body, reading where the rules say. */
    protected void decodeBody(JsonNode body, ApiError.Builder error) {
        String messageAt = firstPresent(body, rules.messageAt);
        String codeAt = firstPresent(body, rules.codeAt);
        if (messageAt != null) {
            error.vendorMessage(body.at(messageAt).asText());
        }
        String[] joined = rules.joinedMessage;
        if (joined != null && isPresent(body.at(joined[0])) && isPresent(body.at(joined[2]))) {
            error.vendorMessage(body.at(joined[0]).asText() + joined[1] + body.at(joined[2]).asText());
        }
        if (codeAt != null) {
            error.vendorCode(body.at(codeAt).asText());
        }
        for (String pointer : rules.requestIdAt) {
            JsonNode requestId = body.at(pointer);
            if (isPresent(requestId) && !requestId.asText().isBlank()) {
                error.requestId(requestId.asText());
                break;
            }
        }
        boolean topLevel = rules.detailsAt.isEmpty();
        Iterator<Map.Entry<String, JsonNode>> fields = body.at(rules.detailsAt).fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String pointer = "/" + field.getKey();
            if (!topLevel || !pointer.equals(messageAt) && !pointer.equals(codeAt)) {
                error.detail(field.getKey(), toPlain(field.getValue()));
            }
        }
    }

    /**
     * Fills the builder from a body that is not a JSON object: another JSON value is kept as the detail {@code body},
     * text (an HTML page from a proxy) becomes the message, shortened.
     */
    protected void decodeNonObject(ApiResponse response, JsonNode body, ApiError.Builder error) {
        if (body != null) {
            error.detail("body", body.toString());
        } else if (response.hasBody()) {
            error.vendorMessage(response.bodyStart());
        }
    }

    protected String requestId(ApiResponse response) {
        for (String header : REQUEST_ID_HEADERS) {
            String value = response.header(header);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Converts a JSON value to plain Java (String, Number, Boolean, List, Map) for the details map. */
    protected static Object toPlain(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.isTextual() ? node.asText() : MarTechJson.mapper().convertValue(node, Object.class);
        }
        return MarTechJson.mapper().convertValue(node, Object.class);
    }

    /** The vendor's errors array ({@link ErrorRules#errorsAt}) when the body has a non-empty one, else null. */
    private JsonNode errorsArray(JsonNode body) {
        for (String pointer : rules.errorsAt) {
            JsonNode errors = body == null ? null : body.at(pointer);
            if (errors != null && errors.isArray() && !errors.isEmpty()) {
                return errors;
            }
        }
        return null;
    }

    private void decodeErrors(JsonNode errors, ApiError.Builder error) {
        List<String> messages = new ArrayList<>();
        errors.forEach(e -> messages.add(e.path(rules.errorsMessage).asText("")));
        error.vendorCode(errors.path(0).path(rules.errorsLabel).asText(null))
                .vendorMessage(String.join("; ", messages))
                .detail("errors", toPlain(errors));
    }

    private static String firstPresent(JsonNode body, List<String> pointers) {
        for (String pointer : pointers) {
            if (isPresent(body.at(pointer))) {
                return pointer;
            }
        }
        return null;
    }

    private static boolean isPresent(JsonNode value) {
        return value.isValueNode() && !value.isNull();
    }

    private static JsonNode tryJson(ApiResponse response) {
        try {
            return response.json();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
