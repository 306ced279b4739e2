package io.github.camelmartech.tests.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A component's catalog JSON as its jar ships it: the one source the starters were generated from. */
final class ComponentCatalog {

    static final String[] SCHEMES = {"apifon", "apsis", "getresponse", "accengage", "affelios"};

    private ComponentCatalog() {
    }

    /** The component options by name, each with its catalog entry. */
    static Map<String, JsonNode> componentOptions(String scheme) {
        String path = "META-INF/io/github/camelmartech/" + scheme + "/" + scheme + ".json";
        try (InputStream json = ComponentCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (json == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            Map<String, JsonNode> options = new LinkedHashMap<>();
            new ObjectMapper().readTree(json).get("componentProperties").properties()
                    .forEach(option -> options.put(option.getKey(), option.getValue()));
            return options;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
