package io.github.camelmartech.apsis;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.camelmartech.support.error.MarTechMalformedResponseException;
import io.github.camelmartech.support.json.MarTechJson;

/** The suite's Jackson configuration plus APSIS's Microsoft JSON dates for every {@link OffsetDateTime}. */
final class ApsisJson {

    private static final ObjectMapper MAPPER = MarTechJson.newMapper()
            .registerModule(new SimpleModule("apsis-dates").addDeserializer(OffsetDateTime.class,
                    new ApsisDates.Deserializer()));

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
