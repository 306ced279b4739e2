package io.github.camelmartech.tooling.starter;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code META-INF/additional-spring-configuration-metadata.json}: the allowed values of the options the catalog
 * gives an enum for, as value hints. {@code spring-boot-configuration-processor} merges it into
 * {@code spring-configuration-metadata.json}, so IDEs complete them (it cannot see them on a String field).
 */
final class MetadataHintsSource {

    private MetadataHintsSource() {
    }

    static String write(StarterNames names, ComponentModel component) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode hints = root.putArray("hints");
        for (ComponentModel.Option option : component.options()) {
            List<String> values = option.enums();
            if (!values.isEmpty()) {
                ObjectNode hint = hints.addObject().put("name", names.prefix() + "." + StarterProperty.dashed(option.name()));
                ArrayNode hintValues = hint.putArray("values");
                values.forEach(value -> hintValues.addObject().put("value", value));
            }
        }
        return mapper.writeValueAsString(root) + "\n";
    }
}
