package io.github.camelmartech.kamelets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules of the Apache Kamelet catalog's validator ({@code camel-kamelets/script/validator/validator.go}), ported,
 * plus the rules of this project: the file is named after the Kamelet; the type label is source, sink or action
 * and ends the name; the definition has a title ending in the type, a description, type object and required
 * properties it defines, listed once; every property has a type, a description and a title of capitalized words not
 * starting with "The", "A" or "An"; a password property carries the credentials descriptor; the icon, catalog
 * version, provider, group and namespace annotations are there; titles and descriptions are unique across the
 * Kamelets; every dependency the template needs is declared and well formed; every declared parameter is used and
 * every used one declared. Ours on top: a source starts at its component and ends in {@code kamelet:sink}, a sink
 * or action starts at {@code kamelet:source} (and a sink never ends in {@code kamelet:sink}); the catalog version
 * and our {@code mvn:} dependencies name the project version.
 */
final class KameletValidator {

    static final String PROVIDER = "Camel MarTech";
    private static final String CREDENTIALS = "urn:camel:group:credentials";
    private static final Pattern PARAMETER = Pattern.compile("\\{\\{[?]?([A-Za-z0-9-._]+)(?::[^}]*)?}}");
    private static final Pattern DEPENDENCY = Pattern.compile(
            "camel:[a-z0-9-]+|mvn:[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+|github:.+");
    private static final Set<String> TYPES = Set.of("source", "sink", "action");
    private static final Set<String> PROPERTY_TYPES = Set.of("string", "integer", "number", "boolean", "object", "array");
    private static final Set<String> ANNOTATIONS = Set.of("camel.apache.org/kamelet.icon", "camel.apache.org/catalog.version",
            "camel.apache.org/provider", "camel.apache.org/kamelet.group", "camel.apache.org/kamelet.namespace",
            "camel.apache.org/kamelet.support.level");
    /** English stop words: the words a property title may leave in lower case (the Go validator's stopwords list). */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
            "in", "into", "is", "it", "of", "on", "or", "per", "than", "that", "the", "to", "via", "with", "without");

    private final MarTechCatalog catalog;
    private final String projectVersion;

    KameletValidator(MarTechCatalog catalog, String projectVersion) {
        this.catalog = catalog;
        this.projectVersion = projectVersion;
    }

    /** Every problem of every Kamelet, each naming the Kamelet; empty when all are valid. */
    List<String> validate(List<KameletFile> kamelets) {
        List<String> errors = new ArrayList<>();
        if (kamelets.isEmpty()) {
            errors.add("no Kamelets found");
        }
        for (KameletFile kamelet : kamelets) {
            verifyShape(kamelet, errors);
            verifyFileName(kamelet, errors);
            verifyType(kamelet, errors);
            verifyParameters(kamelet, errors);
            verifyAnnotations(kamelet, errors);
            verifyDescriptors(kamelet, errors);
            verifyDependencies(kamelet, errors);
            verifyUsedParameters(kamelet, errors);
            verifyFlow(kamelet, errors);
        }
        verifyDuplicates(kamelets, errors);
        return errors;
    }

    private void verifyShape(KameletFile kamelet, List<String> errors) {
        if (!"camel.apache.org/v1".equals(kamelet.yaml().path("apiVersion").asText())
            || !"Kamelet".equals(kamelet.yaml().path("kind").asText())) {
            errors.add("kamelet " + kamelet + " is not apiVersion camel.apache.org/v1, kind Kamelet");
        }
        if (!kamelet.template().isObject()) {
            errors.add("kamelet \"" + kamelet.name() + "\" does not contain the Template specification");
        }
    }

    private static void verifyFileName(KameletFile kamelet, List<String> errors) {
        String file = kamelet.path().getFileName().toString();
        if (!file.equals(kamelet.name() + ".kamelet.yaml")) {
            errors.add("file \"" + file + "\" does not match the name of the contained kamelet: \"" + kamelet.name() + "\"");
        }
    }

    private static void verifyType(KameletFile kamelet, List<String> errors) {
        String type = kamelet.type();
        if (!TYPES.contains(type)) {
            errors.add("kamelet \"" + kamelet.name() + "\" contains an invalid value for the camel.apache.org/kamelet.type"
                       + " label: \"" + type + "\"");
        } else if (!kamelet.name().endsWith("-" + type)) {
            errors.add("name of kamelet \"" + kamelet.name() + "\" does not end with \"-" + type + "\"");
        }
    }

    private static void verifyParameters(KameletFile kamelet, List<String> errors) {
        JsonNode definition = kamelet.definition();
        String name = kamelet.name();
        if (!definition.isObject()) {
            errors.add("kamelet \"" + name + "\" does not contain the JSON schema definition");
            return;
        }
        Set<String> required = new HashSet<>();
        definition.path("required").forEach(r -> {
            if (!required.add(r.asText())) {
                errors.add("required kamelet property \"" + r.asText() + "\" is listed twice in kamelet \"" + name + "\"");
            }
        });
        String title = definition.path("title").asText();
        String type = kamelet.type();
        if (title.isEmpty()) {
            errors.add("kamelet \"" + name + "\" does not contain title");
        } else if (type.length() > 1 && !title.endsWith(type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1))) {
            errors.add("kamelet \"" + name + "\" title \"" + title + "\" does not end with \""
                       + type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1) + "\"");
        }
        if (definition.path("description").asText().isEmpty()) {
            errors.add("kamelet \"" + name + "\" does not contain description");
        }
        if (!"object".equals(definition.path("type").asText())) {
            errors.add("kamelet \"" + name + "\" does not contain a definition of type \"object\"");
        }
        for (Map.Entry<String, JsonNode> property : definition.path("properties").properties()) {
            verifyProperty(name, property.getKey(), property.getValue(), errors);
        }
        for (String r : required) {
            if (!definition.path("properties").has(r)) {
                errors.add("required property \"" + r + "\" in kamelet \"" + name + "\" is not defined");
            }
        }
    }

    private static void verifyProperty(String kamelet, String key, JsonNode property, List<String> errors) {
        String where = "property \"" + key + "\" in kamelet \"" + kamelet + "\"";
        String type = property.path("type").asText();
        if (type.isEmpty()) {
            errors.add(where + " does not contain type");
        } else if (!PROPERTY_TYPES.contains(type)) {
            errors.add(where + " has type \"" + type + "\", not a JSON Schema type");
        }
        String title = property.path("title").asText();
        if (title.isEmpty()) {
            errors.add(where + " does not contain title");
        }
        for (String word : title.split(" ")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word.toLowerCase(Locale.ROOT))
                && !Character.isUpperCase(word.codePointAt(0)) && Character.isLetter(word.codePointAt(0))) {
                errors.add(where + " has non-capitalized word in the title: \"" + word + "\"");
            }
        }
        for (String article : List.of("The ", "A ", "An ")) {
            if (title.startsWith(article)) {
                errors.add(where + " has a title starting with \"" + article + "\"");
            }
        }
        if (property.path("description").asText().isEmpty()) {
            errors.add(where + " does not contain a description");
        }
    }

    private void verifyAnnotations(KameletFile kamelet, List<String> errors) {
        JsonNode annotations = kamelet.yaml().path("metadata").path("annotations");
        for (String annotation : new TreeSet<>(ANNOTATIONS)) {
            if (annotations.path(annotation).asText().isEmpty()) {
                errors.add("kamelet \"" + kamelet.name() + "\" does not contain the " + annotation + " annotation");
            }
        }
        String provider = annotations.path("camel.apache.org/provider").asText();
        if (!provider.isEmpty() && !PROVIDER.equals(provider)) {
            errors.add("kamelet \"" + kamelet.name() + "\" does not contain the right value for the"
                       + " camel.apache.org/provider annotation: expected \"" + PROVIDER + "\", found \"" + provider + "\"");
        }
        String version = annotations.path("camel.apache.org/catalog.version").asText();
        if (!version.isEmpty() && !version.equals(projectVersion)) {
            errors.add("kamelet \"" + kamelet.name() + "\" has catalog.version \"" + version
                       + "\", not the project version \"" + projectVersion + "\"");
        }
        if (!annotations.path("camel.apache.org/kamelet.icon").asText().startsWith("data:image/svg+xml;base64,")) {
            errors.add("kamelet \"" + kamelet.name() + "\" icon is not a data:image/svg+xml;base64 URL");
        }
    }

    private static void verifyDescriptors(KameletFile kamelet, List<String> errors) {
        for (Map.Entry<String, JsonNode> property : kamelet.definition().path("properties").properties()) {
            JsonNode p = property.getValue();
            boolean credentials = false;
            for (JsonNode descriptor : p.path("x-descriptors")) {
                credentials |= CREDENTIALS.equals(descriptor.asText());
            }
            if ("password".equals(p.path("format").asText()) && !credentials) {
                errors.add("property \"" + property.getKey() + "\" in kamelet \"" + kamelet.name()
                           + "\" has \"password\" format but misses descriptor \"" + CREDENTIALS + "\"");
            }
        }
    }

    private static void verifyDuplicates(List<KameletFile> kamelets, List<String> errors) {
        Set<String> titles = new HashSet<>();
        Set<String> descriptions = new HashSet<>();
        for (KameletFile kamelet : kamelets) {
            String title = kamelet.definition().path("title").asText();
            String description = kamelet.definition().path("description").asText();
            if (!titles.add(title)) {
                errors.add("kamelet \"" + kamelet.name() + "\" has duplicate title \"" + title + "\"");
            }
            if (!descriptions.add(description)) {
                errors.add("kamelet \"" + kamelet.name() + "\" has duplicate description \"" + description + "\"");
            }
        }
    }

    /** Declared dependencies are well formed, ours at the project version; what the template uses is declared. */
    private void verifyDependencies(KameletFile kamelet, List<String> errors) {
        Set<String> declared = new HashSet<>();
        for (JsonNode dependency : kamelet.yaml().path("spec").path("dependencies")) {
            String d = dependency.asText();
            declared.add(d);
            if (!DEPENDENCY.matcher(d).matches()) {
                errors.add("kamelet \"" + kamelet.name() + "\" has a malformed dependency \"" + d
                           + "\" (camel:<name>, mvn:<group>:<artifact>:<version> or github:...)");
            } else if (d.startsWith("mvn:io.github.camelmartech:") && !d.endsWith(":" + projectVersion)) {
                errors.add("kamelet \"" + kamelet.name() + "\" depends on \"" + d + "\", not on the project version "
                           + projectVersion);
            }
        }
        for (String needed : neededDependencies(kamelet)) {
            if (!declared.contains(needed)) {
                errors.add("kamelet \"" + kamelet.name() + "\" need dependency \"" + needed + "\"");
            }
        }
    }

    /** What the template needs: every scheme's artifact, and camel-jackson for a json data format. */
    private Set<String> neededDependencies(KameletFile kamelet) {
        Set<String> needed = new TreeSet<>();
        for (TemplateEndpoints.Use use : TemplateEndpoints.of(kamelet.template())) {
            String scheme = use.scheme();
            if (catalog.component(scheme) == null) {
                needed.add("unknown component " + scheme);
                continue;
            }
            needed.add(catalog.dependency(scheme));
            if ("webhook".equals(scheme)) {
                String delegate = use.uri().substring("webhook:".length()).split(":", 2)[0];
                needed.add(catalog.component(delegate) == null ? "unknown component " + delegate
                        : catalog.dependency(delegate));
            }
        }
        if (kamelet.template().toString().contains("\"json\"")) {
            needed.add("camel:jackson");
        }
        return needed;
    }

    private static void verifyUsedParameters(KameletFile kamelet, List<String> errors) {
        Set<String> used = new TreeSet<>();
        collectParameters(kamelet.template(), used);
        Set<String> declared = new TreeSet<>();
        kamelet.definition().path("properties").fieldNames().forEachRemaining(declared::add);
        kamelet.template().path("beans").forEach(bean -> declared.add(bean.path("name").asText()));
        for (String p : used) {
            if (!declared.contains(p)) {
                errors.add("parameter \"" + p + "\" is not declared in the definition of kamelet \"" + kamelet.name() + "\"");
            }
        }
        for (String p : declared) {
            if (!used.contains(p)) {
                errors.add("parameter \"" + p + "\" is declared in kamelet \"" + kamelet.name() + "\" but never used");
            }
        }
    }

    private static void collectParameters(JsonNode node, Set<String> parameters) {
        if (node.isTextual()) {
            Matcher matcher = PARAMETER.matcher(node.asText());
            while (matcher.find()) {
                parameters.add(matcher.group(1));
            }
        }
        node.forEach(child -> collectParameters(child, parameters));
    }

    /** Sources start at their component and end in kamelet:sink; sinks and actions start at kamelet:source. */
    private static void verifyFlow(KameletFile kamelet, List<String> errors) {
        String from = kamelet.template().path("from").path("uri").asText();
        JsonNode steps = kamelet.template().path("from").path("steps");
        JsonNode last = steps.isArray() && !steps.isEmpty() ? steps.get(steps.size() - 1) : null;
        boolean endsInSink = last != null && "kamelet:sink".equals(last.path("to").isTextual() ? last.path("to").asText()
                : last.path("to").path("uri").asText());
        String name = "kamelet \"" + kamelet.name() + "\"";
        switch (kamelet.type()) {
            case "source" -> {
                if (from.startsWith("kamelet:")) {
                    errors.add(name + " is a source but starts at " + from);
                }
                if (!endsInSink) {
                    errors.add(name + " is a source but its template does not end in kamelet:sink");
                }
            }
            case "sink", "action" -> {
                if (!"kamelet:source".equals(from)) {
                    errors.add(name + " is a " + kamelet.type() + " but starts at \"" + from + "\", not kamelet:source");
                }
                if ("sink".equals(kamelet.type()) && endsInSink) {
                    errors.add(name + " is a sink but ends in kamelet:sink");
                }
            }
            default -> {
                // the type rule reported it
            }
        }
    }
}
