package io.github.camelmartech.kamelets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The endpoints a Kamelet template (or a YAML route) uses: every {@code from}, {@code to}, {@code toD} and
 * {@code wireTap}, as a URI and its {@code parameters} map, found wherever they are nested (choice branches too).
 */
final class TemplateEndpoints {

    /** One endpoint: the URI as written and the parameters given beside it. */
    record Use(String uri, Map<String, String> parameters) {

        String scheme() {
            int colon = uri.indexOf(':');
            return colon < 0 ? uri : uri.substring(0, colon);
        }
    }

    private static final List<String> ENDPOINT_KEYS = List.of("from", "to", "toD", "wireTap");

    private TemplateEndpoints() {
    }

    static List<Use> of(JsonNode tree) {
        List<Use> uses = new ArrayList<>();
        collect(tree, uses);
        return uses;
    }

    private static void collect(JsonNode node, List<Use> uses) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, uses));
        } else if (node.isObject()) {
            node.properties().forEach(field -> {
                if (ENDPOINT_KEYS.contains(field.getKey())) {
                    use(field.getValue()).ifPresent(uses::add);
                }
                collect(field.getValue(), uses);
            });
        }
    }

    private static Optional<Use> use(JsonNode endpoint) {
        if (endpoint.isTextual()) {
            return Optional.of(new Use(endpoint.asText(), Map.of()));
        }
        if (!endpoint.isObject() || !endpoint.path("uri").isTextual()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        endpoint.path("parameters").properties().forEach(p -> parameters.put(p.getKey(), p.getValue().asText()));
        return Optional.of(new Use(endpoint.path("uri").asText(), parameters));
    }
}
