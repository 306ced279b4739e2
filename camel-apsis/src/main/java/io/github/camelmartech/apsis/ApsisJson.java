package io.github.camelmartech.apsis;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelmartech.support.error.MarTechMalformedResponseException;
import io.github.camelmartech.support.json.MarTechJson;

/** Reading APSIS responses into the operations' types (dates: the models' {@code @IsoDate} reads APSIS's forms). */
final class ApsisJson {

    private static final ObjectMapper MAPPER = MarTechJson.mapper();

    private ApsisJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static JavaType type(Class<?> type) {
        return MAPPER.constructType(type);
    }

    static JavaType listOf(Class<?> element) {
        return MAPPER.getTypeFactory().constructCollectionType(java.util.List.class, element);
    }

    /** A response value as the operation's type; a value that does not fit is a malformed response. */
    static Object convert(JsonNode value, JavaType type, String what) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (type.getRawClass() == JsonNode.class) {
            return value;
        }
        try {
            return MAPPER.treeToValue(value, type);
        } catch (Exception e) {
            String text = value.toString();
            throw new MarTechMalformedResponseException("APSIS " + what + " does not match " + type.getTypeName(), 200,
                    text.length() > 200 ? text.substring(0, 200) + "..." : text, e);
        }
    }
}
