package io.github.camelmartech.sandbox;

import java.util.Comparator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON helpers for simulator state and answers: vendors' records are kept as Jackson trees, as they are sent. */
public final class SimJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SimJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** A text field that must be present and not blank, else the vendor's 400 naming it. */
    public static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw SimulatorException.badRequest(field, "is required");
        }
        return value;
    }

    /** A text field, or null when absent or JSON null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The value at a dotted path ({@code subscriber_fields.FIRST_NAME}), or a missing node. */
    public static JsonNode at(JsonNode node, String dottedPath) {
        JsonNode current = node;
        for (String part : dottedPath.split("\\.")) {
            current = current.path(part);
        }
        return current;
    }

    /** Orders records by a field: numbers as numbers, anything else as text, missing values first. */
    public static Comparator<JsonNode> byField(String dottedPath) {
        return (a, b) -> {
            JsonNode x = at(a, dottedPath);
            JsonNode y = at(b, dottedPath);
            if (x.isMissingNode() || x.isNull() || y.isMissingNode() || y.isNull()) {
                return Boolean.compare(!(x.isMissingNode() || x.isNull()), !(y.isMissingNode() || y.isNull()));
            }
            return x.isNumber() && y.isNumber() ? Double.compare(x.asDouble(), y.asDouble())
                    : x.asText().compareTo(y.asText());
        };
    }
}
