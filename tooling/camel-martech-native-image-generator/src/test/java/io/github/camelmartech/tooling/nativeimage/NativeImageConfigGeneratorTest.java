package io.github.camelmartech.tooling.nativeimage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelmartech.tooling.nativeimage.fixture.Callback;
import io.github.camelmartech.tooling.nativeimage.fixture.DemoComponent;
import io.github.camelmartech.tooling.nativeimage.fixture.LineItem;
import io.github.camelmartech.tooling.nativeimage.fixture.SubCallback;
import io.github.camelmartech.tooling.nativeimage.fixture.model.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The metadata generated for this module's test classes: fixtures of each case the generator must find. */
class NativeImageConfigGeneratorTest {

    private static final String DIRECTORY = "META-INF/native-image/io.example/demo/";

    @Test
    void reflectionCoversModelsTheirPropertyTypesAnnotatedClassesAndCamelServices() throws Exception {
        JsonNode reflect = new ObjectMapper().readTree(generate().get(DIRECTORY + "reflect-config.json"));
        List<String> names = new ArrayList<>();
        reflect.forEach(entry -> names.add(entry.get("name").asText()));

        assertThat(names).contains(Order.class.getName(), Order.Status.class.getName(), LineItem.class.getName(),
                Callback.class.getName(), SubCallback.class.getName(), DemoComponent.class.getName());
        assertThat(names).doesNotContain(NativeImageConfigGeneratorTest.class.getName()).isSorted();
        JsonNode order = entry(reflect, Order.class.getName());
        assertThat(order.get("allDeclaredFields").asBoolean()).isTrue();
        assertThat(order.get("allDeclaredMethods").asBoolean()).isTrue();
        JsonNode component = entry(reflect, DemoComponent.class.getName());
        assertThat(component.get("allDeclaredConstructors").asBoolean()).isTrue();
        assertThat(component.has("allDeclaredFields")).as("a service, not a model").isFalse();
    }

    @Test
    void resourcesListTheServiceFilesButNotTheJarsOwnMetadata() throws Exception {
        JsonNode resources = new ObjectMapper().readTree(generate().get(DIRECTORY + "resource-config.json"));

        assertThat(resources.at("/resources/includes").findValuesAsText("pattern"))
                .contains("\\QMETA-INF/services/org/apache/camel/component/demo\\E")
                .noneMatch(pattern -> pattern.contains(".class") || pattern.contains("MANIFEST"));
    }

    private static Map<String, String> generate() throws Exception {
        Path testClasses = Path.of(NativeImageConfigGeneratorTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return NativeImageConfigGenerator.generate(CompiledClasses.of(testClasses),
                NativeImageConfigGeneratorTest.class.getClassLoader(), "io.example", "demo");
    }

    private static JsonNode entry(JsonNode reflect, String name) {
        for (JsonNode entry : reflect) {
            if (entry.get("name").asText().equals(name)) {
                return entry;
            }
        }
        throw new AssertionError(name + " is not registered");
    }
}
