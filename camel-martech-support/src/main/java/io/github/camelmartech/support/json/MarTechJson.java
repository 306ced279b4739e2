package io.github.camelmartech.support.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration of the suite: vendors add fields without notice, so unknown properties are
 * tolerated; java.time types are supported; nulls are not sent (vendors treat an explicit null differently
 * from an absent field).
 */
public final class MarTechJson {

    private static final ObjectMapper MAPPER = newMapper();

    private MarTechJson() {
    }

    /** The shared mapper. Thread safe; do not reconfigure it, use {@link #newMapper()} for a variant. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /**
     * The JSON bytes to send for a producer body: a {@code String} or {@code byte[]} is taken as JSON already
     * (checked to be well-formed, so a typo fails here and not at the vendor), anything else is serialized.
     */
    public static byte[] toJsonBytes(Object body) {
        try {
            if (body instanceof byte[] bytes) {
                MAPPER.readTree(bytes);
                return bytes;
            }
            if (body instanceof String text) {
                MAPPER.readTree(text);
                return text.getBytes(StandardCharsets.UTF_8);
            }
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("body: must be well-formed JSON or a serializable object ("
                                               + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("body: unreadable JSON (" + e.getMessage() + ")", e);
        }
    }

    /** {@code List<item>}, for a result or body type. */
    public static JavaType listOf(Class<?> item) {
        return MAPPER.getTypeFactory().constructCollectionType(List.class, item);
    }

    /** A generic type such as {@code Page<item>}, for a result type. */
    public static JavaType typeOf(Class<?> generic, Class<?>... parameters) {
        return MAPPER.getTypeFactory().constructParametricType(generic, parameters);
    }

    /** The text of an object's field (a number as its digits); null when the node or field is absent or JSON null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * An object's field as a rule checks it ({@code Rule.required()}): null when the node or field is absent or JSON
     * null, the text of a text, else the node itself.
     */
    public static Object value(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.asText() : value;
    }

    /** An object's date field as an instant (an item's watermark); null when absent, not text or not a date. */
    public static Instant instant(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        try {
            return value == null || !value.isTextual() ? null : IsoDates.parse(value.asText(), Instant.class);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Parses JSON, or returns null for an empty body. */
    public static JsonNode readTree(byte[] json) throws IOException {
        if (json == null || json.length == 0) {
            return null;
        }
        return MAPPER.readTree(json);
    }
}
