package io.github.camelmartech.examples;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelmartech.support.testing.SecretLeakProbe;
import io.github.camelmartech.support.testing.Secrets;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first-time user's Camel Main application: every option the catalog marks secret, of every vendor, set in
 * {@code application.properties} as {@code camel.component.<vendor>.<option>}, and again on an endpoint URI of a route
 * through a property placeholder, with the configuration summary and the route dump on. None of the values may appear
 * in what Camel logs (at INFO, what a Camel Main user sees; the connectors at DEBUG) or shows of the endpoints; the
 * user sets nothing for it.
 */
class SecretsAtStartupTest {

    static final List<String> VENDORS = List.of("apifon", "apsis", "getresponse", "accengage", "affelios");
    /** What a vendor needs besides its secrets for its endpoints to start. */
    static final Map<String, String> REQUIRED = Map.of("accengage", "&email=user@example.com");

    @TempDir
    Path dir;

    @Test
    void noSecretOptionOfAnyVendorIsPrintedByCamelMain() throws Exception {
        Secrets secrets = Secrets.of();
        // Camel 4.18 dumps a route's URIs as written, placeholders resolved unless told otherwise, and masks nothing
        // there, for every component (its own clientSecret too): secrets on endpoint URIs stay placeholders in a dump
        StringBuilder properties = new StringBuilder("camel.main.dumpRoutes = yaml\n"
                                                     + "camel.main.dumpRoutesResolvePlaceholders = false\n");
        List<String> uris = new ArrayList<>();
        for (String vendor : VENDORS) {
            StringBuilder uri = new StringBuilder(vendor + ":request?baseUrl=http://127.0.0.1:9");
            for (String option : secretOptions(vendor)) {
                String componentValue = "cmp-" + vendor + "-" + option + "-9f3b7a";
                String endpointValue = "ept-" + vendor + "-" + option + "-4c2d1e";
                secrets.add(vendor + "." + option + " (component)", componentValue);
                secrets.add(vendor + "." + option + " (endpoint)", endpointValue);
                properties.append("camel.component.").append(vendor).append('.').append(option).append(" = ")
                        .append(componentValue).append('\n');
                properties.append("routes.").append(vendor).append('.').append(option).append(" = ")
                        .append(endpointValue).append('\n');
                uri.append('&').append(option).append("={{routes.").append(vendor).append('.').append(option).append("}}");
            }
            uris.add(uri + REQUIRED.getOrDefault(vendor, ""));
        }
        Path applicationProperties = Files.writeString(dir.resolve("application.properties"), properties);

        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation("file:" + applicationProperties);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < uris.size(); i++) {
                    from("direct:secrets-" + i).routeId("secrets-" + VENDORS.get(i)).to(uris.get(i));
                }
            }
        });
        try (SecretLeakProbe probe = SecretLeakProbe.watching(secrets, Level.INFO)) {
            main.start();
            try {
                assertThat(probe.logLinesOf("org.apache.camel.main"))
                        .as("the configuration summary was logged")
                        .anyMatch(l -> l.contains("camel.component.apifon.apiToken"))
                        .anyMatch(l -> l.contains("camel.component.getresponse.webhookPassword"));
                assertThat(probe.logLinesOf("org.apache.camel.impl.DefaultDumpRoutesStrategy"))
                        .as("the route dump was logged")
                        .anyMatch(l -> l.contains("apifon:request?") && l.contains("apiToken={{routes.apifon.apiToken}}"));
                probe.observeEndpoints(main.getCamelContext());
                probe.assertNoLeak();
            } finally {
                main.stop();
            }
        }
    }

    /** The options the vendor's catalog marks secret. */
    static List<String> secretOptions(String vendor) throws Exception {
        String path = "META-INF/io/github/camelmartech/" + vendor + "/" + vendor + ".json";
        try (InputStream in = SecretsAtStartupTest.class.getClassLoader().getResourceAsStream(path)) {
            JsonNode catalog = new ObjectMapper().readTree(in).path("properties");
            List<String> names = new ArrayList<>();
            catalog.fields().forEachRemaining(e -> {
                if (e.getValue().path("secret").asBoolean()) {
                    names.add(e.getKey());
                }
            });
            return names;
        }
    }
}
