package io.github.camelmartech.endpointdsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelmartech.tooling.endpointdsl.ComponentJson;
import org.apache.camel.builder.EndpointConsumerBuilder;
import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every option of every component's catalog JSON can be set through its builder, and the URI the builder writes for
 * it is one Camel's own catalog accepts: the option name is right and a value of its type passes.
 */
class EndpointBuildersCoverTheCatalogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Entry(String scheme, Method entryPoint) {
        @Override
        public String toString() {
            return scheme;
        }
    }

    static Stream<Entry> components() throws Exception {
        List<Entry> entries = new ArrayList<>();
        for (Method method : MarTechEndpoints.class.getDeclaredMethods()) {
            entries.add(new Entry(scheme(method.getName()), method));
        }
        return entries.stream();
    }

    @ParameterizedTest
    @MethodSource("components")
    void everyOptionHasASetterWritingACatalogValidUri(Entry entry) throws Exception {
        JsonNode json = catalogJson(entry.scheme());
        CamelCatalog catalog = new DefaultCamelCatalog();
        catalog.addComponent(entry.scheme(), json.path("component").path("javaType").asText(), JSON.writeValueAsString(json));
        String resource = json.path("properties").path(json.path("component").path("syntax").asText()
                .substring(entry.scheme().length() + 1)).path("enum").get(0).asText();

        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : json.path("properties").properties()) {
            JsonNode option = property.getValue();
            if ("path".equals(option.path("kind").asText())) {
                continue;
            }
            Object builder = entry.entryPoint().invoke(null, resource);
            set(builder, property.getKey(), option);
            // the catalog wants the required options (credentials) in the URI, though they are usually set on the
            // component: set them too, so only the option under test can fail
            for (Map.Entry<String, JsonNode> required : json.path("properties").properties()) {
                if (required.getValue().path("required").asBoolean() && "parameter".equals(required.getValue().path("kind").asText())) {
                    set(builder, required.getKey(), required.getValue());
                }
            }
            String uri = rawUri(builder);
            EndpointValidationResult result = catalog.validateEndpointProperties(uri);
            assertThat(result.isSuccess()).as(uri + ": " + result.summaryErrorMessage(false)).isTrue();
            checked.add(property.getKey());
        }
        assertThat(checked).as("options of " + entry.scheme()).hasSizeGreaterThan(20);
    }

    private static void set(Object builder, String name, JsonNode option) throws Exception {
        if (option.path("multiValue").asBoolean()) {
            find(builder, name, String.class, Object.class).invoke(builder, "custom", "1");
        } else {
            find(builder, name, String.class).invoke(builder, sample(option));
        }
    }

    /** A value of the option's type, as a route author would write it in a URI. */
    private static String sample(JsonNode option) {
        if (option.has("enum")) {
            return option.path("enum").get(0).asText();
        }
        return switch (option.path("type").asText()) {
            case "boolean" -> "true";
            case "integer" -> "7";
            case "duration" -> "2s";
            case "object" -> "#aBean";
            default -> "text";
        };
    }

    /** The setter of {@code name} on the builder or any of the builders it can switch to (advanced, basic). */
    private static Method find(Object builder, String name, Class<?>... parameters) {
        return Arrays.stream(builder.getClass().getInterfaces())
                .flatMap(EndpointBuildersCoverTheCatalogTest::withSupertypes)
                .flatMap(type -> Arrays.stream(type.getMethods()))
                .filter(m -> m.getName().equals(name) && Arrays.equals(m.getParameterTypes(), parameters))
                .findFirst().orElseThrow(() -> new AssertionError("no builder method " + name + Arrays.toString(parameters)));
    }

    private static Stream<Class<?>> withSupertypes(Class<?> type) {
        return Stream.concat(Stream.of(type), Arrays.stream(type.getInterfaces()).flatMap(
                EndpointBuildersCoverTheCatalogTest::withSupertypes));
    }

    private static String rawUri(Object builder) {
        return builder instanceof EndpointConsumerBuilder consumer ? consumer.getRawUri()
                : ((EndpointProducerBuilder) builder).getRawUri();
    }

    /** The static entry point's name is the scheme (the schemes are plain words). */
    private static String scheme(String method) {
        return method.toLowerCase();
    }

    static JsonNode catalogJson(String scheme) {
        return ComponentJson.read(scheme, EndpointBuildersCoverTheCatalogTest.class.getClassLoader());
    }
}
