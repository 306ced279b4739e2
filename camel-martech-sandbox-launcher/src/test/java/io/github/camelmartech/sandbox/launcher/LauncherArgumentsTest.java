package io.github.camelmartech.sandbox.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import io.github.camelmartech.sandbox.SandboxVendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.camelmartech.sandbox.SandboxVendor.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherArgumentsTest {

    @Test
    void noVendorMeansAllOnTheirDefaultPortsWithData() {
        LauncherArguments all = LauncherArguments.parse();
        assertThat(all.ports()).containsExactly(Map.entry(APIFON, 8081), Map.entry(APSIS, 8082),
                Map.entry(GETRESPONSE, 8083), Map.entry(ACCENGAGE, 8084), Map.entry(AFFELIOS, 8085));
        assertThat(all.seed()).isTrue();
        assertThat(LauncherArguments.parse("all").ports()).isEqualTo(all.ports());
    }

    @Test
    void vendorsByNameWithOrWithoutAPort() {
        LauncherArguments some = LauncherArguments.parse("GetResponse=9090", "apifon", "affelios=0", "--no-data");
        assertThat(some.ports()).containsExactly(Map.entry(APIFON, 8081), Map.entry(GETRESPONSE, 9090),
                Map.entry(AFFELIOS, 0));
        assertThat(some.seed()).isFalse();
        assertThat(some.propertiesFile()).isNull();
        assertThat(LauncherArguments.parse("-h").help()).isTrue();
    }

    @Test
    void aPropertiesFileToWrite() {
        LauncherArguments arguments = LauncherArguments.parse("--write-properties", "sandbox.properties", "apifon");
        assertThat(arguments.propertiesFile()).isEqualTo(Path.of("sandbox.properties"));
        assertThat(arguments.ports()).containsOnlyKeys(APIFON);
        assertThatThrownBy(() -> LauncherArguments.parse("apifon", "--write-properties"))
                .hasMessage("--write-properties needs a file name");
    }

    @Test
    void theFileHoldsWhatIsPrinted(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("sandbox.properties");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (SandboxLauncher.RunningSandbox sandbox = SandboxLauncher.start(LauncherArguments.parse("apifon=0", "apsis=0",
                "--write-properties", file.toString()), new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            Properties written = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                written.load(in);
            }

            Map<String, String> expected = new LinkedHashMap<>();
            sandbox.simulators().forEach(simulator -> expected.putAll(simulator.properties()));
            assertThat(written).containsExactlyInAnyOrderEntriesOf(expected);
            assertThat(written).containsKeys("camel.component.apifon.apiToken", "camel.component.apsis.apiKey");
            String output = printed.toString(StandardCharsets.UTF_8);
            expected.forEach((key, value) -> assertThat(output).contains("  " + key + "=" + value + "\n"));
            assertThat(Files.readString(file, StandardCharsets.ISO_8859_1))
                    .contains("# apifon simulator on " + sandbox.simulators().get(0).baseUrl() + " (list 'Newsletter'");
            assertThat(output).contains("Properties written to " + file.toAbsolutePath());
            assertThat(directory.resolve("sandbox.properties.partial")).doesNotExist();
        }
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertThatThrownBy(() -> LauncherArguments.parse("mailchimp")).hasMessageContaining("no simulator for 'mailchimp'");
        assertThatThrownBy(() -> LauncherArguments.parse("apsis=http")).hasMessage("apsis=http: the port must be 0 to 65535");
        assertThatThrownBy(() -> LauncherArguments.parse("apsis=70000")).hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> LauncherArguments.parse("--port")).hasMessage("unknown option --port");
    }

    @Test
    void aBusyPortFailsNamingTheVendorAndTheWayOutAndStopsWhatStarted() throws Exception {
        try (java.net.ServerSocket busy = new java.net.ServerSocket(0)) {
            LauncherArguments arguments = LauncherArguments.parse("apifon=0", "apsis=" + busy.getLocalPort());
            assertThatThrownBy(() -> SandboxLauncher.start(arguments, new java.io.PrintStream(java.io.OutputStream.nullOutputStream())))
                    .hasMessageStartingWith("apsis could not listen on port " + busy.getLocalPort())
                    .hasMessageEndingWith("choose another: apsis=PORT, 0 for any free one");
        }
    }

    @Test
    void everyVendorHasDemoData() {
        for (SandboxVendor vendor : SandboxVendor.values()) {
            try (SandboxLauncher.RunningSandbox sandbox = SandboxLauncher.start(LauncherArguments.parse(vendor.scheme() + "=0"),
                    new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))) {
                assertThat(sandbox.simulators()).hasSize(1);
                assertThat(sandbox.simulators().get(0).wireMock().getAllServeEvents()).isEmpty();
            }
        }
    }
}
