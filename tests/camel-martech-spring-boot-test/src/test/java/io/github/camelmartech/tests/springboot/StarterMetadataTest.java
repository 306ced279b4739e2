package io.github.camelmartech.tests.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starters' {@code spring-configuration-metadata.json}, as IDEs read it from the jars: every option of every
 * component is there, with the catalog's description, type and default, and the enum options' values as hints.
 */
class StarterMetadataTest {

    static final List<String> SCHEMES = List.of(ComponentCatalog.SCHEMES);

    private static final Map<String, JsonNode> PROPERTIES = new HashMap<>();
    private static final Map<String, JsonNode> HINTS = new HashMap<>();

    @BeforeAll
    static void readTheMetadataOfEveryJar() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (URL url : Collections.list(StarterMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                JsonNode metadata = mapper.readTree(in);
                metadata.path("properties").forEach(property -> PROPERTIES.put(property.get("name").asText(), property));
                metadata.path("hints").forEach(hint -> HINTS.put(hint.get("name").asText(), hint));
            }
        }
    }

    @ParameterizedTest
    @FieldSource("SCHEMES")
    void everyComponentOptionIsAPropertyAndNothingElseIs(String scheme) {
        String prefix = "camel.component." + scheme + ".";
        Set<String> expected = new TreeSet<>(List.of(prefix + "enabled", prefix + "customizer.enabled"));
        ComponentCatalog.componentOptions(scheme).keySet().forEach(option -> expected.add(prefix + kebab(option)));

        Set<String> listed = new TreeSet<>(PROPERTIES.keySet().stream().filter(name -> name.startsWith(prefix)).toList());

        assertThat(listed).isEqualTo(expected);
    }

    @ParameterizedTest
    @FieldSource("SCHEMES")
    void eachPropertyCarriesTheCatalogsDescriptionTypeAndDefault(String scheme) {
        ComponentCatalog.componentOptions(scheme).forEach((option, catalog) -> {
            JsonNode property = PROPERTIES.get("camel.component." + scheme + "." + kebab(option));
            String description = catalog.get("description").asText().replaceAll("\\s+", " ").strip();
            assertThat(property.path("description").asText()).as(option).startsWith(description);

            JsonNode catalogDefault = catalog.get("defaultValue");
            if ("duration".equals(catalog.get("type").asText())) {
                assertThat(property.get("type").asText()).as(option).isEqualTo("java.time.Duration");
                if (catalogDefault != null) {
                    assertThat(DurationStyle.detectAndParse(property.get("defaultValue").asText())).as(option)
                            .isEqualTo(Duration.ofMillis(catalogDefault.asLong()));
                }
            } else if (catalogDefault != null) {
                assertThat(property.get("defaultValue").asText()).as(option).isEqualTo(catalogDefault.asText());
            }
        });
    }

    @ParameterizedTest
    @FieldSource("SCHEMES")
    void theEnumOptionsHaveTheirValuesAsHints(String scheme) {
        ComponentCatalog.componentOptions(scheme).forEach((option, catalog) -> {
            if (catalog.has("enum")) {
                JsonNode hint = HINTS.get("camel.component." + scheme + "." + kebab(option));
                assertThat(hint).as(option).isNotNull();
                Set<String> values = new LinkedHashSet<>(hint.get("values").findValuesAsText("value"));
                Set<String> expected = new LinkedHashSet<>();
                catalog.get("enum").forEach(value -> expected.add(value.asText()));
                assertThat(values).as(option).containsExactlyElementsOf(expected);
            }
        });
    }

    /** Spring Boot's canonical form of an option name, the metadata's: {@code apiToken} as {@code api-token}. */
    private static String kebab(String option) {
        return option.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
