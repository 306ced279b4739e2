package io.github.camelmartech.sandbox.launcher;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelmartech.apifon.ApifonConstants;
import io.github.camelmartech.apifon.model.ApifonList;
import io.github.camelmartech.apifon.model.Balance;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built jar, as the README runs it: {@code java -jar} in its own process writing its properties to a file, a
 * Camel Main application pointed at that file the way the README tells users to point their own
 * ({@code -Dcamel.main.override-properties-location=file:...}, no code), a signed request from camel-apifon, then
 * Ctrl-C (SIGINT).
 */
class SandboxLauncherIT {

    private static final Pattern LIST_ID = Pattern.compile("listId=(\\w+)");
    private static final String OVERRIDE_PROPERTIES_LOCATION = "camel.main.override-properties-location";

    @Test
    void theJarServesSignedRequestsWithItsDemoDataAndStopsWhenSignalled(@TempDir Path directory) throws Exception {
        Path jar = Path.of(System.getProperty("launcher.jar"));
        assertThat(jar).exists();
        Path properties = directory.resolve("sandbox.properties");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "apifon=0", "--write-properties", properties.toString())
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("Press Ctrl-C")) {
                output.add(line);
            }
            assertThat(line).as("the launcher's output: %s", output).isNotNull();
            assertThat(output).contains("  camel.component.apifon.apiToken=sandbox-token",
                    "Properties written to " + properties.toAbsolutePath());
            Matcher listId = LIST_ID.matcher(String.join("\n", output));
            assertThat(listId.find()).as("the seeded list's id in %s", output).isTrue();

            System.setProperty(OVERRIDE_PROPERTIES_LOCATION, "file:" + properties);
            Main main = new Main();
            try {
                main.start();
                ProducerTemplate apifon = main.getCamelContext().createProducerTemplate();
                // HMAC-signed by the component, checked by the simulator (a bad signature is a 401 and an exception)
                Balance balance = apifon.requestBody("apifon:balance", null, Balance.class);
                ApifonList list = apifon.requestBodyAndHeader("apifon:lists?operation=get", null,
                        ApifonConstants.LIST_ID, listId.group(1), ApifonList.class);

                assertThat(balance.getBalance()).isNotBlank();
                assertThat(list.getTitle()).isEqualTo("Newsletter");
                assertThat(list.getTotalSubscribers()).isEqualTo(3);
            } finally {
                main.stop();
                System.clearProperty(OVERRIDE_PROPERTIES_LOCATION);
            }

            // SIGTERM runs the same shutdown hook as Ctrl-C's SIGINT; SIGINT itself cannot be tested here, since a
            // JVM started from a background job (as CI may run this build) inherits SIGINT as ignored and keeps it so
            new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher stops when signalled").isTrue();
            String rest = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(rest).contains("Sandbox stopped.");
        } finally {
            process.destroyForcibly();
        }
    }
}
