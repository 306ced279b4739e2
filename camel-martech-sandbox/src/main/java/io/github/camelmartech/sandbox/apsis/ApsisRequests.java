package io.github.camelmartech.sandbox.apsis;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * Reading APSIS requests: numeric ids in the path, JSON bodies (unparseable JSON is -7 "Bad Request", a missing or
 * wrong one -2 "Validation Error"), the bare JSON string bodies of the lookup-by-value methods, and the bare JSON
 * array bodies of the bulk methods.
 */
final class ApsisRequests {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ApsisRequests() {
    }

    /** A numeric id path parameter. */
    static long id(SimRequest request, String name) {
        String value = request.pathParameter(name);
        if (!value.matches("\\d{1,18}")) {
            throw SimulatorException.badRequest(name, "must be a number, not " + value);
        }
        return Long.parseLong(value);
    }

    static JsonNode json(SimRequest request) {
        String body = request.body();
        if (body == null || body.isBlank()) {
            throw SimulatorException.badRequest("body", "is required");
        }
        try {
            return SimJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new SimulatorException(503, Integer.toString(ApsisCode.BAD_REQUEST.code), "body", "is not valid JSON");
        }
    }

    /** A JSON object body. */
    static JsonNode object(SimRequest request) {
        JsonNode body = json(request);
        if (!body.isObject()) {
            throw SimulatorException.badRequest("body", "must be a JSON object");
        }
        return body;
    }

    /** An optional JSON object body (an empty POST is allowed). */
    static JsonNode optionalObject(SimRequest request) {
        String body = request.body();
        return body == null || body.isBlank() ? SimJson.object() : object(request);
    }

    /** A bare JSON string body such as {@code "a@b.com"}: a JSON object or an unquoted value is refused. */
    static String string(SimRequest request, String field) {
        JsonNode body = json(request);
        if (!body.isTextual() || body.asText().isBlank()) {
            throw SimulatorException.badRequest(field, "must be sent as a bare JSON string body");
        }
        return body.asText().trim();
    }

    /** A bare JSON array body of 1 to {@code max} elements, none repeated (APSIS refuses the whole call). */
    static JsonNode array(SimRequest request, String field, int max) {
        JsonNode body = json(request);
        if (!body.isArray() || body.isEmpty() || body.size() > max) {
            throw SimulatorException.badRequest(field, "must be a JSON array of 1 to " + max + " items");
        }
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode item : body) {
            if (!seen.add(item)) {
                throw SimulatorException.badRequest(field, "must not repeat " + item);
            }
        }
        return body;
    }

    /** An array element that must be a numeric id. */
    static long id(JsonNode element, String field) {
        if (!element.canConvertToLong() && !element.asText().matches("\\d{1,18}")) {
            throw SimulatorException.badRequest(field, "must hold numeric ids, not " + element);
        }
        return element.asLong();
    }

    static String email(String field, String value) {
        if (value == null || !EMAIL.matcher(value.trim()).matches()) {
            throw SimulatorException.badRequest(field, "must be an e-mail address");
        }
        return value.trim();
    }
}
