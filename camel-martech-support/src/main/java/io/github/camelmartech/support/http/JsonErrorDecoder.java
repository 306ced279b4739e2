package io.github.camelmartech.support.http;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.json.MarTechJson;

/**
 * Decodes any non-2xx response into an {@link ApiError}: the kind from the status, the message and code from the
 * usual JSON fields, every other top-level field as a detail, the request id from the usual headers. A body that
 * is not JSON (an HTML page from a proxy) becomes the message, shortened. Vendors extend {@link #decodeBody}.
 */
public class JsonErrorDecoder implements ErrorDecoder {

    private static final List<String> MESSAGE_FIELDS
            = List.of("message", "error_description", "errorMessage", "detail", "title", "error", "Message");
    private static final List<String> CODE_FIELDS = List.of("code", "error_code", "errorCode", "Code");
    private static final List<String> REQUEST_ID_HEADERS
            = List.of("X-Request-Id", "Request-Id", "X-Correlation-Id", "X-Amzn-RequestId");

    @Override
    public ApiError decode(ApiResponse response) {
        if (response.isSuccess()) {
            return null;
        }
        ApiError.Builder error = ApiError.builder(response.status()).requestId(requestId(response));
        JsonNode body = tryJson(response);
        if (body != null && body.isObject()) {
            decodeBody(body, error);
        } else if (body != null) {
            error.detail("body", body.toString());
        } else if (response.hasBody()) {
            error.vendorMessage(response.bodyStart());
        }
        return error.build();
    }

    /** Fills the builder from a JSON object body. */
    protected void decodeBody(JsonNode body, ApiError.Builder error) {
        String messageField = firstText(body, MESSAGE_FIELDS);
        String codeField = firstText(body, CODE_FIELDS);
        if (messageField != null) {
            error.vendorMessage(body.get(messageField).asText());
        }
        if (codeField != null) {
            error.vendorCode(body.get(codeField).asText());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals(messageField) && !field.getKey().equals(codeField)) {
                error.detail(field.getKey(), toPlain(field.getValue()));
            }
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

    private static String firstText(JsonNode body, List<String> names) {
        for (String name : names) {
            JsonNode value = body.get(name);
            if (value != null && value.isValueNode() && !value.isNull()) {
                return name;
            }
        }
        return null;
    }

    private static JsonNode tryJson(ApiResponse response) {
        try {
            return response.json();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
