package io.github.camelmartech.kamelets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parameter a Kamelet template gives a MarTech endpoint is an option of that component (read from its catalog
 * JSON), its resource is one the component has, and the endpoint URI the template makes (parameters filled with the
 * Kamelet properties' defaults or examples) is valid for Camel's catalog.
 */
class KameletTemplateOptionsTest {

    private static final MarTechCatalog CATALOG = new MarTechCatalog();

    static Stream<KameletFile> kamelets() {
        return KameletFile.shipped().stream();
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void everyTemplateParameterIsAnOptionOfItsComponent(KameletFile kamelet) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (TemplateEndpoints.Use use : TemplateEndpoints.of(kamelet.template())) {
            String scheme = use.scheme();
            String target = "webhook".equals(scheme) ? use.uri().substring("webhook:".length()) : use.uri();
            String targetScheme = target.split(":", 2)[0];
            if (!CATALOG.isOurs(targetScheme)) {
                continue;
            }
            checked++;
            Set<String> options = new TreeSet<>(CATALOG.options(targetScheme));
            if ("webhook".equals(scheme)) {
                options.addAll(CATALOG.options("webhook"));
            }
            use.parameters().keySet().stream().filter(p -> !options.contains(p))
                    .forEach(p -> problems.add(use.uri() + ": " + p + " is not an option of " + targetScheme));
            String resource = target.substring(targetScheme.length() + 1);
            JsonNode resources = CATALOG.component(targetScheme).path("properties").path("resource").path("enum");
            if (resources.isArray() && !resources.toString().contains("\"" + resource + "\"")) {
                problems.add(use.uri() + ": " + resource + " is not a resource of " + targetScheme + " " + resources);
            }
            String uri = KameletUris.filled(kamelet, use);
            String invalid = CATALOG.problems(uri);
            if (!invalid.isEmpty()) {
                problems.add(uri + ": " + invalid);
            }
        }
        assertThat(checked).as("MarTech endpoints in " + kamelet).isPositive();
        assertThat(problems).as(kamelet.toString()).isEmpty();
    }
}
