package io.github.camelmartech.apsis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.camelmartech.support.error.MarTechInvalidInputException;

/**
 * Turns a producer body (the model, a Map, a JSON String; for arrays also a collection or a comma-separated
 * String) into the exact JSON APSIS takes, checking it first. Fields the model does not know are refused rather
 * than dropped: APSIS field names are case sensitive, and a mistyped one would be silently lost.
 */
final class ApsisBodies {

    private ApsisBodies() {
    }

    /** The JSON bytes for the method's body, or null when it has none. */
    static byte[] json(ApsisMethod method, Object body) {
        Object value = switch (method.body) {
            case NONE -> null;
            case MODEL -> model(method, body);
            case STRING -> string(method, body);
            case ARRAY -> array(method, body);
        };
        if (value == null) {
            return null;
        }
        try {
            return ApsisJson.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new MarTechInvalidInputException(method.bodyField, "cannot be written as JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static Object model(ApsisMethod method, Object body) {
        Object model = convert(method.bodyField, body, method.bodyType);
        if (model == null) {
            if (method.bodyOptional) {
                return null;
            }
            throw new MarTechInvalidInputException(method.bodyField, "a " + method.bodyType.getSimpleName()
                                                                     + ", a Map or a JSON object is required");
        }
        method.validator.accept(model);
        return model;
    }

    private static String string(ApsisMethod method, Object body) {
        String text = body == null ? null : body.toString().trim();
        if (text == null || text.isEmpty()) {
            throw new MarTechInvalidInputException(method.bodyField, "is required as the message body (a String)");
        }
        method.validator.accept(text);
        return text;
    }

    private static List<Object> array(ApsisMethod method, Object body) {
        List<Object> items = new ArrayList<>();
        for (Object element : elements(method.bodyField, body)) {
            Object item = convert(method.bodyField + "[" + items.size() + "]", element, method.bodyType);
            if (item == null) {
                throw new MarTechInvalidInputException(method.bodyField + "[" + items.size() + "]", "must not be empty");
            }
            method.validator.accept(item);
            items.add(item);
        }
        if (items.isEmpty() || items.size() > method.maxItems) {
            throw new MarTechInvalidInputException(method.bodyField, "must hold 1 to " + method.maxItems + " items, not "
                                                                     + items.size());
        }
        if (method.unique) {
            Set<Object> seen = new HashSet<>();
            for (Object item : items) {
                if (!seen.add(item)) {
                    throw new MarTechInvalidInputException(method.bodyField, "must not repeat " + item);
                }
            }
        }
        return items;
    }

    /** The elements of an array body: a collection, an array, a JSON array String, or comma-separated values. */
    private static Collection<?> elements(String field, Object body) {
        if (body instanceof Collection<?> c) {
            return c;
        }
        if (body instanceof Object[] array) {
            return List.of(array);
        }
        if (body instanceof long[] ids) {
            return java.util.Arrays.stream(ids).boxed().toList();
        }
        if (body instanceof String text && text.stripLeading().startsWith("[")) {
            try {
                List<Object> out = new ArrayList<>();
                ApsisJson.mapper().readTree(text).forEach(out::add);
                return out;
            } catch (IOException e) {
                throw new MarTechInvalidInputException(field, "must be a JSON array (" + e.getMessage() + ")");
            }
        }
        if (body instanceof String text) {
            return java.util.Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        return body == null ? List.of() : List.of(body);
    }

    /** Converts strictly to {@code type}; null for no body. */
    static <T> T convert(String field, Object body, Class<T> type) {
        if (body == null || type.isInstance(body)) {
            return type.cast(body);
        }
        ObjectReader strict = ApsisJson.mapper().readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            if (body instanceof String text && (type == String.class || type == Long.class)) {
                return ApsisJson.mapper().convertValue(text.trim(), type);
            }
            if (body instanceof String text) {
                return text.isBlank() ? null : strict.readValue(text);
            }
            if (body instanceof byte[] bytes) {
                return bytes.length == 0 ? null : strict.readValue(bytes);
            }
            JsonNode tree = body instanceof JsonNode node ? node : ApsisJson.mapper().valueToTree(body);
            return strict.readValue(tree);
        } catch (UnrecognizedPropertyException e) {
            throw new MarTechInvalidInputException(field + "." + e.getPropertyName(), "is not a field of "
                    + type.getSimpleName() + " (names are case sensitive); use the request resource for others");
        } catch (IOException | IllegalArgumentException e) {
            throw new MarTechInvalidInputException(field, "must be a " + type.getSimpleName() + " or of that shape");
        }
    }
}
