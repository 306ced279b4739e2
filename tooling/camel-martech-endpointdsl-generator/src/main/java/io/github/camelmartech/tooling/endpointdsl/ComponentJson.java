package io.github.camelmartech.tooling.endpointdsl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A component's catalog JSON, found on a class path as Camel finds it: the service file
 * {@code META-INF/services/org/apache/camel/component/<scheme>} names the component class, whose package holds
 * {@code <scheme>.json}. The generator reads it, and so do the tests that check builders and URIs against it.
 */
public final class ComponentJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ComponentJson() {
    }

    /** The JSON of {@code scheme}, open; fails naming what is missing. */
    public static InputStream open(String scheme, ClassLoader classLoader) throws IOException {
        String service = "META-INF/services/org/apache/camel/component/" + scheme;
        Properties properties = new Properties();
        try (InputStream in = classLoader.getResourceAsStream(service)) {
            if (in == null) {
                throw new IllegalArgumentException("component " + scheme + " is not on the class path (no " + service + ")");
            }
            properties.load(in);
        }
        String componentClass = properties.getProperty("class");
        String json = "META-INF/" + componentClass.substring(0, componentClass.lastIndexOf('.')).replace('.', '/')
                      + "/" + scheme + ".json";
        InputStream in = classLoader.getResourceAsStream(json);
        if (in == null) {
            throw new IllegalArgumentException("component " + scheme + " has no catalog JSON at " + json);
        }
        return in;
    }

    /** The JSON of {@code scheme}, parsed. */
    public static JsonNode read(String scheme, ClassLoader classLoader) {
        try (InputStream in = open(scheme, classLoader)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
