package io.github.camelmartech.kamelets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** The endpoint URI a Kamelet template makes, with its placeholders filled as a user of the Kamelet would. */
final class KameletUris {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\?)?([A-Za-z0-9-._]+)(?::[^}]*)?}}");

    private KameletUris() {
    }

    /**
     * The URI with every {@code {{property}}} replaced by the property's default, else its example, else a value of
     * its type; an optional {@code {{?property}}} is given a value too, so its option is checked as well.
     */
    static String filled(KameletFile kamelet, TemplateEndpoints.Use use) {
        StringBuilder uri = new StringBuilder(fill(kamelet, use.uri()));
        for (Map.Entry<String, String> parameter : use.parameters().entrySet()) {
            String value = fill(kamelet, parameter.getValue());
            uri.append(uri.indexOf("?") < 0 ? '?' : '&').append(parameter.getKey()).append('=')
                    .append(value.startsWith("RAW(") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return uri.toString();
    }

    private static String fill(KameletFile kamelet, String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            JsonNode property = kamelet.definition().path("properties").path(matcher.group(2));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(sample(property)));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    static String sample(JsonNode property) {
        if (property.has("default")) {
            return property.path("default").asText();
        }
        if (property.has("example")) {
            return property.path("example").asText();
        }
        if (property.has("enum")) {
            return property.path("enum").get(0).asText();
        }
        return switch (property.path("type").asText()) {
            case "integer", "number" -> "7";
            case "boolean" -> "true";
            default -> "sample";
        };
    }
}
