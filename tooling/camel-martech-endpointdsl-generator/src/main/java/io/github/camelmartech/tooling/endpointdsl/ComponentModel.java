package io.github.camelmartech.tooling.endpointdsl;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the generator needs of a component's catalog JSON (the file Camel's component plugin writes under
 * {@code META-INF/<package>/<scheme>.json}): identity, the path parameter, the endpoint options and the headers.
 */
record ComponentModel(String scheme, String javaType, String title, String description, String label, String firstVersion,
                      String groupId, String artifactId, String syntax, boolean consumerOnly, boolean producerOnly,
                      OptionModel path, List<OptionModel> options, List<HeaderModel> headers) {

    /** One message header of the component. */
    record HeaderModel(String name, String javaType, String group, String description) {
    }

    static ComponentModel read(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode component = root.path("component");
        OptionModel path = null;
        List<OptionModel> options = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : root.path("properties").properties()) {
            OptionModel option = OptionModel.of(property.getKey(), property.getValue());
            if ("path".equals(property.getValue().path("kind").asText())) {
                path = option;
            } else {
                options.add(option);
            }
        }
        if (path == null) {
            throw new IllegalArgumentException("component " + component.path("scheme").asText()
                                               + " has no path parameter");
        }
        List<HeaderModel> headers = new ArrayList<>();
        for (Map.Entry<String, JsonNode> header : root.path("headers").properties()) {
            JsonNode h = header.getValue();
            headers.add(new HeaderModel(header.getKey(), h.path("javaType").asText(), h.path("group").asText(),
                    h.path("description").asText()));
        }
        return new ComponentModel(component.path("scheme").asText(), component.path("javaType").asText(),
                component.path("title").asText(),
                component.path("description").asText(), component.path("label").asText(),
                component.path("firstVersion").asText(), component.path("groupId").asText(),
                component.path("artifactId").asText(), component.path("syntax").asText(),
                component.path("consumerOnly").asBoolean(), component.path("producerOnly").asBoolean(), path,
                List.copyOf(options), List.copyOf(headers));
    }

    /** The component's name in type names, from its class as Camel does: {@code GetResponseComponent} → {@code GetResponse}. */
    String typePrefix() {
        String simpleName = javaType.substring(javaType.lastIndexOf('.') + 1);
        return simpleName.endsWith("Component") ? simpleName.substring(0, simpleName.length() - "Component".length())
                : simpleName;
    }

    /** The Java method name of the builder entry point: the scheme, made a Java identifier. */
    String methodName() {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : scheme.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return name.toString();
    }

    List<OptionModel> options(OptionModel.Side side, boolean advanced) {
        return options.stream().filter(o -> o.side() == side && o.advanced() == advanced).toList();
    }
}
