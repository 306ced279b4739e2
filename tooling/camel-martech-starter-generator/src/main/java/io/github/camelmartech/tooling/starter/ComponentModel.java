package io.github.camelmartech.tooling.starter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a starter needs of a component's catalog JSON (the file camel-component-maven-plugin writes under
 * {@code src/generated/resources/META-INF/<package>/<scheme>.json}): its scheme, description, component class and
 * component-level options, in the catalog's order.
 */
record ComponentModel(String scheme, String description, String javaType, List<Option> options) {

    /** One component option, as the catalog describes it. */
    record Option(String name, String type, String javaType, String description, String defaultValue, boolean secret,
                  boolean deprecated, List<String> enums) {
    }

    static ComponentModel read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(json));
        JsonNode component = required(root, "component", json);
        List<Option> options = new ArrayList<>();
        required(root, "componentProperties", json).properties().forEach(entry -> options.add(option(entry.getKey(), entry.getValue())));
        return new ComponentModel(required(component, "scheme", json).asText(), component.path("description").asText(""),
                required(component, "javaType", json).asText(), List.copyOf(options));
    }

    /** The component class's simple name, e.g. {@code GetResponseComponent}. */
    String componentClassName() {
        return javaType.substring(javaType.lastIndexOf('.') + 1);
    }

    /** The package of the component class; the starter's classes go to its {@code springboot} sub-package. */
    String componentPackage() {
        return javaType.substring(0, javaType.lastIndexOf('.'));
    }

    private static Option option(String name, JsonNode node) {
        List<String> enums = new ArrayList<>();
        node.path("enum").forEach(value -> enums.add(value.asText()));
        JsonNode defaultValue = node.get("defaultValue");
        return new Option(name, node.path("type").asText(), node.path("javaType").asText(), node.path("description").asText(""),
                defaultValue == null || defaultValue.isNull() ? null : defaultValue.asText(), node.path("secret").asBoolean(false),
                node.path("deprecated").asBoolean(false), List.copyOf(enums));
    }

    private static JsonNode required(JsonNode node, String field, Path json) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(json + " is not a Camel component JSON: it has no \"" + field + "\"");
        }
        return value;
    }
}
