package io.github.camelmartech.tooling.starter;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the generator derives from a catalog JSON; that the output compiles and binds is the starters' build and test. */
class StarterGeneratorTest {

    private static final String PACKAGE = "java/com/example/demo/springboot/";

    @TempDir
    Path output;

    @Test
    void theConfigurationClassHasEveryOptionWithWrappersDefaultsAndDurations() throws Exception {
        String source = generate().get(PACKAGE + "DemoVendorComponentConfiguration.java");

        assertThat(source).contains("@ConfigurationProperties(prefix = \"camel.component.demo-vendor\")",
                "public class DemoVendorComponentConfiguration extends ComponentConfigurationPropertiesCommon",
                "private Boolean enabled;",
                "private String baseUrl = \"https://api.example.com\";",
                "private String apiToken;",
                "private Integer maxRetries = 3;",
                "private Long quota = 5L;",
                "private Boolean onlyNew = true;",
                "private Duration connectTimeout = Duration.ofSeconds(10);",
                "private Duration renewBefore = Duration.ofMinutes(1);",
                "private Duration pause = Duration.ofMillis(250);",
                "private String region = \"EU\";",
                "private org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> stateRepository;",
                "public Duration getConnectTimeout()", "public void setConnectTimeout(Duration connectTimeout)",
                "Connect timeout. A duration: 500ms, 5s, 2m, 1h, or a number of milliseconds.",
                "State. The option is a org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> type");
        assertThat(source).containsSubsequence("@Deprecated\n    private String legacyKey;",
                "@Deprecated\n    @org.springframework.boot.context.properties.DeprecatedConfigurationProperty\n    public String getLegacyKey()");
    }

    @Test
    void descriptionsCannotEndTheCommentOrBecomeUnicodeEscapes() throws Exception {
        String source = generate().get(PACKAGE + "DemoVendorComponentConfiguration.java");

        assertThat(source).contains("end with *&#47; and mention \\\\u0041 and @Bean.").doesNotContain("with */");
        assertThat(source.lines()).noneMatch(line -> line.strip().startsWith("* @"));
    }

    @Test
    void theAutoConfigurationCustomizesTheComponentAndMasksExactlyTheSecrets() throws Exception {
        String source = generate().get(PACKAGE + "DemoVendorComponentAutoConfiguration.java");

        assertThat(source).contains("@AutoConfiguration(after = {CamelAutoConfiguration.class, DemoVendorComponentConverter.class})",
                "@ConditionalOnHierarchicalProperties({\"camel.component\", \"camel.component.demo-vendor\"})",
                "\"camel.component.demo-vendor.customizer\")", "target instanceof DemoVendorComponent",
                "import com.example.demo.DemoVendorComponent;",
                "Set.of(\n            \"camel.component.demovendor.apitoken\",\n            \"camel.component.demovendor.legacykey\");",
                "SanitizingFunction demovendorSecretsSanitizingFunction()");
        assertThat(AutoConfigurationSource.normalized("camel.component.demo-vendor.api-token"))
                .isEqualTo(AutoConfigurationSource.normalized("CAMEL_COMPONENT_DEMOVENDOR_APITOKEN"))
                .isEqualTo(AutoConfigurationSource.normalized("camel.component.demo-vendor.apiToken"))
                .isEqualTo("camel.component.demovendor.apitoken");
    }

    @Test
    void theConverterResolvesBeanReferencesOfTheObjectOptions() throws Exception {
        String source = generate().get(PACKAGE + "DemoVendorComponentConverter.java");

        assertThat(source).contains("new ConvertiblePair(String.class, org.apache.camel.spi.StateRepository.class)",
                "case \"org.apache.camel.spi.StateRepository\": return applicationContext.getBean(ref, org.apache.camel.spi.StateRepository.class);");
        assertThat(source).doesNotContain("java.lang.String.class)");
    }

    @Test
    void importsListTheConverterAndAutoConfigurationAndHintsTheEnums() throws Exception {
        Map<String, String> files = generate();

        assertThat(files.get("resources/" + StarterGenerator.IMPORTS)).isEqualTo(
                "com.example.demo.springboot.DemoVendorComponentConverter\ncom.example.demo.springboot.DemoVendorComponentAutoConfiguration\n");
        JsonNode hints = new ObjectMapper().readTree(files.get("resources/" + StarterGenerator.HINTS)).get("hints");
        assertThat(hints).hasSize(1);
        assertThat(hints.get(0).get("name").asText()).isEqualTo("camel.component.demo-vendor.region");
        assertThat(hints.get(0).get("values").findValuesAsText("value")).containsExactly("EU", "ASIA");
    }

    @Test
    void aRerunRewritesNothingAndDeletesWhatItNoLongerGenerates() throws Exception {
        StarterGenerator.main(new String[] {demoJson().toString(), output.toString()});
        Path configuration = output.resolve(PACKAGE + "DemoVendorComponentConfiguration.java");
        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(configuration, written);
        Path stale = output.resolve(PACKAGE + "RemovedOption.java");
        Files.writeString(stale, "class RemovedOption {}");
        Path staleDirectory = Files.createDirectories(output.resolve("java/com/example/old"));
        Files.writeString(staleDirectory.resolve("Old.java"), "class Old {}");

        StarterGenerator.main(new String[] {demoJson().toString(), output.toString()});

        assertThat(Files.getLastModifiedTime(configuration)).isEqualTo(written);
        assertThat(stale).doesNotExist();
        assertThat(staleDirectory).doesNotExist();
        assertThat(output.resolve("resources/" + StarterGenerator.IMPORTS)).exists();
    }

    @Test
    void aFileThatIsNotAComponentJsonIsRefusedByName() throws IOException {
        Path notAComponent = Files.writeString(output.resolve("other.json"), "{\"dataformat\": {}}");

        assertThatThrownBy(() -> ComponentModel.read(notAComponent)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(notAComponent + " is not a Camel component JSON: it has no \"component\"");
    }

    @Test
    void anOptionTypeTheGeneratorCannotMapFailsTheBuild() {
        ComponentModel.Option option = new ComponentModel.Option("window", "duration", "java.lang.String", "", null,
                false, false, java.util.List.of());

        assertThatThrownBy(() -> StarterProperty.of(option)).hasMessage(
                "option window: a duration of Java type java.lang.String is not supported");
    }

    private static Map<String, String> generate() throws Exception {
        return StarterGenerator.generate(ComponentModel.read(demoJson()));
    }

    private static Path demoJson() throws URISyntaxException {
        return Path.of(StarterGeneratorTest.class.getResource("/demo.json").toURI());
    }
}
