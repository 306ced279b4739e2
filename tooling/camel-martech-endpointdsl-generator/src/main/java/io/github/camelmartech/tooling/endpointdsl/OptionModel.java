package io.github.camelmartech.tooling.endpointdsl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** One endpoint option of the catalog JSON, as the builder methods need it. */
record OptionModel(String name, String type, String javaType, String label, String group, String description,
                   String defaultValue, List<String> enums, boolean required, boolean deprecated, boolean multiValue,
                   String prefix) {

    /** Which builder the option belongs to, as Camel's Endpoint DSL decides it: by the option's label. */
    enum Side { COMMON, CONSUMER, PRODUCER }

    static OptionModel of(String name, JsonNode json) {
        List<String> enums = new ArrayList<>();
        json.path("enum").forEach(e -> enums.add(e.asText()));
        JsonNode defaultValue = json.get("defaultValue");
        return new OptionModel(name, json.path("type").asText(), json.path("javaType").asText(),
                json.path("label").asText(), json.path("group").asText(), json.path("description").asText(),
                defaultValue == null || defaultValue.isNull() ? null : defaultValue.asText(), List.copyOf(enums),
                json.path("required").asBoolean(), json.path("deprecated").asBoolean(),
                json.path("multiValue").asBoolean(), json.path("prefix").asText(""));
    }

    Side side() {
        List<String> labels = labels();
        if (labels.contains("producer")) {
            return Side.PRODUCER;
        }
        return labels.contains("consumer") ? Side.CONSUMER : Side.COMMON;
    }

    boolean advanced() {
        return labels().contains("advanced");
    }

    /** Whether the typed setter needs a String twin (everything not a String already, as Camel does). */
    boolean hasStringOverload() {
        return !"java.lang.String".equals(javaType) && !multiValue;
    }

    private List<String> labels() {
        return Arrays.stream(label.split(",")).map(String::trim).toList();
    }
}
