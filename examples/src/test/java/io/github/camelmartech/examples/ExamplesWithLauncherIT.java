package io.github.camelmartech.examples;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's "Try it without an account": the sandbox launcher's jar started in its own process writes its properties
 * to a file, and the examples application's jar, given that file, sends every vendor's example to the launcher's
 * simulators as it would to the real APIs (nothing started in-process), with the two settings README adds.
 */
class ExamplesWithLauncherIT {

    private static final List<String> VENDORS = List.of("apifon", "apsis", "getresponse", "accengage", "affelios");

    @Test
    void theExamplesRunAgainstALauncherStartedSeparately(@TempDir Path directory) throws Exception {
        Path sandboxProperties = directory.resolve("sandbox.properties");
        List<String> launcherArguments = new ArrayList<>(List.of(java(), "-jar", System.getProperty("launcher.jar")));
        VENDORS.forEach(vendor -> launcherArguments.add(vendor + "=0"));
        launcherArguments.addAll(List.of("--write-properties", sandboxProperties.toString()));
        Process launcher = new ProcessBuilder(launcherArguments).redirectErrorStream(true).start();
        try {
            awaitStarted(launcher);
            Files.writeString(sandboxProperties, """
                    examples.apifon.recipient=306990000011
                    examples.getresponse.pollDelay=200
                    """, StandardOpenOption.APPEND);
            Properties sandbox = new Properties();
            try (Reader in = Files.newBufferedReader(sandboxProperties, StandardCharsets.ISO_8859_1)) {
                sandbox.load(in);
            }

            Path log = directory.resolve("examples.log");
            Process examples = new ProcessBuilder(java(), "-jar", System.getProperty("examples.jar"),
                    sandboxProperties.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean exited = examples.waitFor(5, TimeUnit.MINUTES);
            examples.destroyForcibly();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.print(output);

            assertThat(exited).as("the examples finished within 5 minutes: %s", output).isTrue();
            assertThat(examples.exitValue()).as(output).isZero();
            for (String vendor : VENDORS) {
                String baseUrl = sandbox.getProperty("camel.component." + vendor + ".baseUrl");
                assertThat(output).contains("== " + vendor + " (API at " + baseUrl + ")");
            }
            assertThat(output).doesNotContain("(sandbox at ")
                    .containsPattern("apifon.*OK.*poll subscribers back.*5 of 5 subscribers polled")
                    .containsPattern("apifon.*OK.*receive its delivery report.*delivered \\(code 7\\)")
                    .containsPattern("apsis.*OK.*queued export of the list.*3 subscribers exported")
                    .containsPattern("getresponse.*OK.*poll new contacts \\(2 per page\\).*5 of 5 new contacts polled")
                    .containsPattern("getresponse.*SKIPPED.*register the callback")
                    // the launcher's demo data
                    .containsPattern("accengage.*OK.*campaigns, page by page.*2 campaigns over 1 pages")
                    .containsPattern("affelios.*OK.*read a customer back")
                    .containsPattern("pipeline.*SKIPPED.*runs against the simulators only")
                    .contains(" 0 failed");

            // the SMS went to the launcher's simulator: its WireMock journal (admin API) has it
            String journal = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    sandbox.getProperty("camel.component.apifon.baseUrl") + "/__admin/requests")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(journal).contains("/services/api/v1/sms/send", "306990000011");
        } finally {
            launcher.destroy();
            launcher.waitFor(30, TimeUnit.SECONDS);
            launcher.destroyForcibly();
        }
    }

    /** Reads the launcher's output until it says it runs; fails with that output when it exits first. */
    private static void awaitStarted(Process launcher) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(launcher.getInputStream(),
                StandardCharsets.UTF_8));
        List<String> output = new ArrayList<>();
        String line;
        while ((line = lines.readLine()) != null && !line.startsWith("Press Ctrl-C")) {
            output.add(line);
        }
        assertThat(line).as("the launcher's output: %s", output).isNotNull();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
