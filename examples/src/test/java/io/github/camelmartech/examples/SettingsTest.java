package io.github.camelmartech.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    @Test
    void theFileWinsOverTheEnvironmentWhichWinsOverApplicationProperties() {
        Properties file = new Properties();
        file.setProperty("camel.component.apifon.apiToken", "from-file");
        Properties application = new Properties();
        application.setProperty("examples.apifon.apiToken", "from-application");
        application.setProperty("examples.apifon.apiSecret", "secret-from-application");
        application.setProperty("camel.component.apsis.apiKey", "apsis-from-application");
        Map<String, String> environment = Map.of("APIFON_API_TOKEN", "from-env", "APIFON_API_SECRET", "secret-from-env");
        Settings settings = new Settings(file, environment, application);

        assertThat(settings.get("apifon", "apiToken")).isEqualTo("from-file");
        assertThat(settings.get("apifon", "apiSecret")).isEqualTo("secret-from-env");
        assertThat(settings.get("apsis", "apiKey")).as("a launcher's line in application.properties")
                .isEqualTo("apsis-from-application");
        assertThat(settings.get("apsis", "baseUrl")).isNull();
    }

    @Test
    void theCommandLineNamesOneReadableFile(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("sandbox.properties"), """
                # as the launcher writes it
                camel.component.affelios.baseUrl=http://localhost:8085
                camel.component.affelios.apiKey=sandbox-key
                """);

        Settings settings = Settings.load(file.toString());

        assertThat(settings.get("affelios", "baseUrl")).isEqualTo("http://localhost:8085");
        assertThat(settings.get("affelios", "apiKey")).isEqualTo("sandbox-key");
        assertThatThrownBy(() -> Settings.load(directory.resolve("missing.properties").toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no properties file");
        assertThatThrownBy(() -> Settings.load("a", "b")).hasMessage("one properties file at most, not a b");
    }
}
