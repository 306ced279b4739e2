package io.github.camelmartech.sandbox;

import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each component jar on this module's class path (the built jars, in a reactor build) has the
 * {@code META-INF/services/org/apache/camel/component.properties} Camel's tooling reads to find components, as
 * Camel's own jars do: its components, group, artifact and version.
 */
class ComponentJarsTest {

    @Test
    void everyComponentJarDescribesItsComponent() throws Exception {
        Map<String, Properties> ours = new TreeMap<>();
        for (URL url : Collections.list(getClass().getClassLoader()
                .getResources("META-INF/services/org/apache/camel/component.properties"))) {
            Properties properties = new Properties();
            try (InputStream in = url.openStream()) {
                properties.load(in);
            }
            if ("io.github.camelmartech".equals(properties.getProperty("groupId"))) {
                ours.put(properties.getProperty("components"), properties);
            }
        }

        assertThat(ours).containsOnlyKeys("accengage", "affelios", "apifon", "apsis", "getresponse");
        ours.forEach((scheme, properties) -> {
            assertThat(properties.getProperty("artifactId")).isEqualTo("camel-" + scheme);
            assertThat(properties.getProperty("version")).isNotBlank();
            assertThat(properties.getProperty("projectName")).startsWith("Camel MarTech :: ");
        });
    }
}
