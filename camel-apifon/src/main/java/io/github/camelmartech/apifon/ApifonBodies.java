package io.github.camelmartech.apifon;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.camelmartech.apifon.model.WriteResult;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.json.MarTechJson;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * How producer bodies and headers become typed requests: a body may be the typed model, a Map or a JSON String
 * (or bytes); everything is converted to the model first so the same validation applies to all three.
 */
final class ApifonBodies {

    static final String API = "/services/api/v1";

    private ApifonBodies() {
    }

    /** The body as {@code type}, or null when there is none. */
    static <T> T as(Exchange exchange, Class<T> type) {
        return convert("body", exchange.getMessage().getBody(), type);
    }

    /** The body as {@code type}; it must be present. */
    static <T> T required(Exchange exchange, Class<T> type) {
        T value = as(exchange, type);
        if (value == null) {
            throw new MarTechInvalidInputException("body", "a " + type.getSimpleName() + ", a Map or a JSON object is required");
        }
        return value;
    }

    /**
     * Converts strictly: a field the model does not know is refused, never dropped, since Apifon would not have
     * received it either (a typo such as {@code sender_idd} must not send an SMS without its sender).
     */
    static <T> T convert(String field, Object body, Class<T> type) {
        if (body == null || type.isInstance(body)) {
            return type.cast(body);
        }
        ObjectReader strict = strict(type);
        try {
            if (body instanceof String text) {
                return text.isBlank() ? null : strict.readValue(text);
            }
            if (body instanceof byte[] bytes) {
                return bytes.length == 0 ? null : strict.readValue(bytes);
            }
            if (body instanceof InputStream in) {
                return strict.readValue(in);
            }
            return strict.readValue((com.fasterxml.jackson.databind.JsonNode) MarTechJson.mapper().valueToTree(body));
        } catch (UnrecognizedPropertyException e) {
            throw new MarTechInvalidInputException(field + "." + e.getPropertyName(), "is not a field of "
                    + type.getSimpleName() + "; fields Apifon has not documented go through the request resource");
        } catch (IOException | IllegalArgumentException e) {
            throw new MarTechInvalidInputException(field, "must be a " + type.getSimpleName()
                                                          + ", a Map or JSON of that shape (" + firstLine(e) + ")");
        }
    }

    /**
     * The request a String body stands for when it is JSON of the request's shape (an object of its fields); null
     * when it is plain text, as the docs promise for an SMS or IM text, a number or an id: {@code {Promo} 20% off},
     * and also JSON of another shape, is the text.
     */
    static <T> T requestIn(String text, Class<T> type) {
        if (!text.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            return strict(type).readValue(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static ObjectReader strict(Class<?> type) {
        return MarTechJson.mapper().readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** A header, else the option's value. */
    static String header(Exchange exchange, String header, String option) {
        String value = exchange.getMessage().getHeader(header, String.class);
        return value != null && !value.isBlank() ? value : option;
    }

    /** A comma-separated String or a collection of values, trimmed, empty ones dropped. */
    static List<String> list(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> addTrimmed(out, v == null ? null : v.toString()));
        } else if (value instanceof String[] array) {
            for (String v : array) {
                addTrimmed(out, v);
            }
        } else if (value != null) {
            for (String v : value.toString().split(",")) {
                addTrimmed(out, v);
            }
        }
        return out;
    }

    private static void addTrimmed(List<String> out, String v) {
        if (v != null && !v.isBlank()) {
            out.add(v.trim());
        }
    }

    /** Adds the query parameters of the {@code CamelApifonQuery} header, checking the page size. */
    static void query(Exchange exchange, ApiRequest.Builder request, int defaultSize) {
        Map<?, ?> query = exchange.getMessage().getHeader(ApifonConstants.QUERY, Map.class);
        boolean sized = false;
        if (query != null) {
            for (Map.Entry<?, ?> e : query.entrySet()) {
                if ("size".equals(e.getKey())) {
                    ApifonValidation.pageSize(e.getValue());
                    sized = true;
                }
                request.query(e.getKey().toString(), e.getValue());
            }
        }
        if (!sized && defaultSize > 0) {
            ApifonValidation.pageSize(defaultSize);
            request.query("size", defaultSize);
        }
    }

    /** A typed JSON result; Apifon documents one for every call that uses this, so an empty body is malformed. */
    static <T> T result(Exchange exchange, ApiResponse response, Class<T> type) {
        Message out = exchange.getMessage();
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        T value = response.as(type);
        out.setBody(value);
        return value;
    }

    /** The result of a write Apifon answers with an empty body. */
    static void written(Exchange exchange, ApiResponse response) {
        String location = response.header("Location") != null ? response.header("Location")
                : response.header("Content-Location");
        Message out = exchange.getMessage();
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        if (location != null) {
            out.setHeader(ApifonConstants.LOCATION, location);
        }
        out.setBody(new WriteResult(response.status(), location));
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
