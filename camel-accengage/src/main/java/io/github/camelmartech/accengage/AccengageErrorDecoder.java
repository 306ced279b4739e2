package io.github.camelmartech.accengage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.error.ErrorKind;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.JsonErrorDecoder;

/**
 * {@code {"errors":[{"label","message"}]}}, also wrapped in an outer array as the vendor's prose describes. The first
 * label is the vendor code, every message is kept (joined, and in the details), and the label decides the kind:
 * a token or signature problem is an authentication failure even when the status is 400.
 */
final class AccengageErrorDecoder extends JsonErrorDecoder {

    private static final Map<String, ErrorKind> KINDS = Map.ofEntries(
            Map.entry("API_ERR_TOKEN", ErrorKind.AUTHENTICATION),
            Map.entry("API_ERR_SIGNATURE", ErrorKind.AUTHENTICATION),
            Map.entry("API_ERR_FORBIDDEN", ErrorKind.AUTHENTICATION),
            Map.entry("API_ERR_FORMAT", ErrorKind.VALIDATION),
            Map.entry("API_ERR_UNKNOW_ROUTE", ErrorKind.NOT_FOUND),
            Map.entry("API_ERR_DB", ErrorKind.SERVER),
            Map.entry("API_ERR_CACHE", ErrorKind.SERVER),
            Map.entry("API_ERR_SERVICE", ErrorKind.SERVER),
            Map.entry("API_ERR_UTIL", ErrorKind.SERVER),
            Map.entry("API_ERR_SUPPORT", ErrorKind.SERVER),
            Map.entry("API_ERR_UNKNOWN", ErrorKind.SERVER));

    @Override
    public ApiError decode(ApiResponse response) {
        if (response.isSuccess()) {
            return null;
        }
        JsonNode body;
        try {
            body = response.json();
        } catch (RuntimeException e) {
            body = null;
        }
        JsonNode errors = body == null ? null : body.isArray() ? body.path(0).path("errors") : body.path("errors");
        if (errors == null || !errors.isArray() || errors.isEmpty()) {
            return super.decode(response);
        }
        List<String> messages = new ArrayList<>();
        errors.forEach(e -> messages.add(e.path("message").asText("")));
        String label = errors.path(0).path("label").asText(null);
        return ApiError.builder(response.status())
                .vendorCode(label)
                .vendorMessage(String.join("; ", messages))
                .detail("errors", toPlain(errors))
                .requestId(requestId(response))
                .kind(KINDS.getOrDefault(label, ErrorKind.ofStatus(response.status())))
                .build();
    }
}
