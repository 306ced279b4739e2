package io.github.camelmartech.support.json;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.util.SensitiveUtils;

/**
 * Base of the model classes: two models are equal when they are of the same class and have the same JSON, and
 * {@code toString()} is the class name and the JSON, for {@code ${body}} in logs, with any field Camel considers
 * sensitive by its name (a subscriber's {@code password}, ...) masked.
 */
public abstract class MarTechBean implements MarTechModel {

    private static final String MASK = "xxxxxx";

    /** The model as a JSON tree: what equality, hash and toString compare and show. */
    private JsonNode json() {
        return MarTechJson.mapper().valueToTree(this);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other != null && other.getClass() == getClass()
                                && json().equals(((MarTechBean) other).json());
    }

    @Override
    public int hashCode() {
        return json().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + masked(json());
    }

    private static JsonNode masked(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (SensitiveUtils.containsSensitive(field.getKey()) && !field.getValue().isNull()) {
                    field.setValue(object.textNode(MASK));
                } else {
                    masked(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(MarTechBean::masked);
        }
        return node;
    }
}
