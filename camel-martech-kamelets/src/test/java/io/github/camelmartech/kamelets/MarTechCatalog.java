package io.github.camelmartech.kamelets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelmartech.tooling.endpointdsl.ComponentJson;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;

/**
 * Camel's own catalog ({@code camel-catalog} 4.18) with the five MarTech components added from their catalog JSON,
 * as tooling (Kaoto, Karavan, Camel JBang) sees them: the options of a scheme, and validation of endpoint URIs.
 */
final class MarTechCatalog {

    static final List<String> SCHEMES = List.of("apifon", "apsis", "getresponse", "accengage", "affelios");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CamelCatalog catalog = new DefaultCamelCatalog();
    private final Map<String, JsonNode> ours = new LinkedHashMap<>();

    MarTechCatalog() {
        for (String scheme : SCHEMES) {
            JsonNode json = ownJson(scheme);
            ours.put(scheme, json);
            catalog.addComponent(scheme, json.path("component").path("javaType").asText(), json.toString());
        }
    }

    boolean isOurs(String scheme) {
        return ours.containsKey(scheme);
    }

    /** The catalog JSON of a scheme, ours or Camel's; null when neither knows it. */
    JsonNode component(String scheme) {
        if (ours.containsKey(scheme)) {
            return ours.get(scheme);
        }
        String json = catalog.componentJSonSchema(scheme);
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The endpoint options of a scheme (its query parameters, not its path). */
    Set<String> options(String scheme) {
        Set<String> names = new TreeSet<>();
        component(scheme).path("properties").properties().forEach(p -> {
            if ("parameter".equals(p.getValue().path("kind").asText())) {
                names.add(p.getKey());
            }
        });
        return names;
    }

    /** The {@code spec.dependencies} entry that brings a scheme: {@code mvn:} for ours, {@code camel:} for Camel's. */
    String dependency(String scheme) {
        JsonNode component = component(scheme).path("component");
        String artifact = component.path("artifactId").asText();
        return isOurs(scheme) ? "mvn:" + component.path("groupId").asText() + ":" + artifact + ":"
                                + component.path("version").asText()
                : "camel:" + artifact.replaceFirst("^camel-", "");
    }

    /**
     * Problems Camel's catalog finds in an endpoint URI; empty when it is valid. Options our components mark required
     * (credentials) are usually set on the component, not in the URI, so a URI without them is completed with a
     * sample before it is checked. A {@code webhook:} URI is checked twice: its own options against the webhook
     * component, the rest against the component it wraps (the webhook component passes them on unchecked).
     */
    String problems(String uri) {
        if (uri.startsWith("webhook:")) {
            return webhookProblems(uri);
        }
        return summary(catalog.validateEndpointProperties(withRequired(uri)));
    }

    /** Camel's summary, plus the invalid durations it finds but does not print. */
    private static String summary(EndpointValidationResult result) {
        if (result.isSuccess()) {
            return "";
        }
        String summary = result.summaryErrorMessage(false);
        if (result.getInvalidDuration() != null) {
            summary += "\n\tinvalid duration: " + result.getInvalidDuration();
        }
        return summary;
    }

    private String webhookProblems(String uri) {
        Set<String> webhookOptions = options("webhook");
        String rest = uri.substring("webhook:".length());
        int query = rest.indexOf('?');
        StringBuilder own = new StringBuilder("webhook:").append(query < 0 ? rest : rest.substring(0, query));
        StringBuilder delegate = new StringBuilder(query < 0 ? rest : rest.substring(0, query));
        if (query >= 0) {
            char ownSep = '?';
            char delegateSep = '?';
            for (String pair : rest.substring(query + 1).split("&")) {
                String name = pair.split("=", 2)[0];
                if (webhookOptions.contains(name)) {
                    own.append(ownSep).append(pair);
                    ownSep = '&';
                } else {
                    delegate.append(delegateSep).append(pair);
                    delegateSep = '&';
                }
            }
        }
        String problems = summary(catalog.validateEndpointProperties(own.toString()));
        return (problems.isEmpty() ? "" : problems + "\n") + problems(delegate.toString());
    }

    private String withRequired(String uri) {
        int colon = uri.indexOf(':');
        String scheme = colon < 0 ? uri : uri.substring(0, colon);
        if (!isOurs(scheme)) {
            return uri;
        }
        StringBuilder completed = new StringBuilder(uri);
        ours.get(scheme).path("properties").properties().forEach(p -> {
            boolean inUri = uri.contains("?" + p.getKey() + "=") || uri.contains("&" + p.getKey() + "=");
            if (p.getValue().path("required").asBoolean() && "parameter".equals(p.getValue().path("kind").asText())
                && !inUri) {
                completed.append(completed.indexOf("?") < 0 ? '?' : '&').append(p.getKey()).append("=sample");
            }
        });
        return completed.toString();
    }

    private static JsonNode ownJson(String scheme) {
        return ComponentJson.read(scheme, MarTechCatalog.class.getClassLoader());
    }
}
