package io.github.camelmartech.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator base: routing by template, authentication first, faults before both, the vendor's error bodies. */
class VendorSimulatorTest {

    /** A vendor with one key header and one resource, enough to exercise the base. */
    static final class EchoSimulator extends VendorSimulator<EchoSimulator> {

        @Override
        public String scheme() {
            return "echo";
        }

        @Override
        public Map<String, String> componentOptions() {
            Map<String, String> options = new LinkedHashMap<>();
            options.put("baseUrl", baseUrl());
            options.put("apiKey", "k");
            return options;
        }

        @Override
        protected void registerRoutes() {
            route("GET", "/items/{id}", r -> SimResponse.json(200, Map.of("id", r.pathParameter("id"))));
            route("GET", "/items/special", r -> SimResponse.json(200, Map.of("literal", true)));
            route("POST", "/items", r -> {
                throw SimulatorException.badRequest("name", "is required");
            });
        }

        @Override
        protected void clearState() {
        }

        @Override
        protected Optional<SimResponse> authenticate(SimRequest request) {
            return "k".equals(request.header("X-Key")) ? Optional.empty()
                    : Optional.of(SimResponse.json(401, Map.of("error", "bad key")));
        }

        @Override
        protected SimResponse error(SimulatorException refusal) {
            return SimResponse.json(refusal.status(), Map.of("error", refusal.getMessage(),
                    "field", refusal.field() == null ? "" : refusal.field()));
        }
    }

    @RegisterExtension
    static final SimulatorExtension<EchoSimulator> EXTENSION = new SimulatorExtension<>(EchoSimulator.class, EchoSimulator::new);

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(EchoSimulator sim, String method, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            request.header("X-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pathParametersAreDecodedAsPathSegmentsAndLiteralRoutesWin(EchoSimulator sim) throws Exception {
        assertThat(call(sim, "GET", "/items/a%2Fb+c%40d", "k").body()).isEqualTo("{\"id\":\"a/b+c@d\"}");
        assertThat(call(sim, "GET", "/items/special", "k").body()).isEqualTo("{\"literal\":true}");
    }

    @Test
    void authenticationComesBeforeTheRouteAndUnknownRoutesGetTheVendorsNotFound(EchoSimulator sim) throws Exception {
        HttpResponse<String> refused = call(sim, "POST", "/items", "wrong");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo("{\"error\":\"bad key\"}");

        HttpResponse<String> invalid = call(sim, "POST", "/items", "k");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"name\"");

        HttpResponse<String> unknown = call(sim, "DELETE", "/nowhere", "k");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("unknown route DELETE /nowhere");
    }

    @Test
    void plannedFaultsAnswerTheNextRequestsInOrderWithRetryAfter(EchoSimulator sim) throws Exception {
        sim.faults().throttle(1, Duration.ofSeconds(3)).unavailable(1, Duration.ofSeconds(1));
        HttpResponse<String> throttled = call(sim, "GET", "/items/1", null);
        HttpResponse<String> unavailable = call(sim, "GET", "/items/1", null);
        HttpResponse<String> served = call(sim, "GET", "/items/1", "k");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).contains("3");
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(served.statusCode()).isEqualTo(200);
        sim.wireMock().verify(3, getRequestedFor(urlEqualTo("/items/1")));
    }

    @Test
    void eachTestStartsWithAnEmptyJournalAndNoFaults(EchoSimulator sim) throws Exception {
        assertThat(sim.wireMock().getAllServeEvents()).isEmpty();
        assertThat(call(sim, "GET", "/items/1", "k").statusCode()).isEqualTo(200);
    }

    @Test
    void theExtensionGivesTheSameRunningSimulatorStaticallyAndAsAParameter(EchoSimulator sim) {
        assertThat(EXTENSION.simulator()).isSameAs(sim);
        assertThat(sim.isRunning()).isTrue();
    }

    @Test
    void optionsAreOfferedAsCamelComponentProperties(EchoSimulator sim) {
        assertThat(sim.properties()).containsExactly(Map.entry("camel.component.echo.baseUrl", sim.baseUrl()),
                Map.entry("camel.component.echo.apiKey", "k"));
        Properties properties = sim.asProperties();
        assertThat(properties.getProperty("camel.component.echo.apiKey")).isEqualTo("k");
        assertThat(properties).hasSize(2);
    }

    @Test
    void aPortIsChosenBeforeStartAndRefusedAfter(EchoSimulator running) throws Exception {
        int free;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        try (EchoSimulator fixed = new EchoSimulator().onPort(free).start()) {
            assertThat(fixed.port()).isEqualTo(free);
            assertThat(fixed.baseUrl()).isEqualTo("http://localhost:" + free);
            assertThat(call(fixed, "GET", "/items/1", "k").statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> fixed.onPort(free + 1)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("before start()");
        }
    }

    @Test
    void itsThreadsDoNotKeepAJvmAlive() throws Exception {
        Set<Thread> before = nonDaemonThreads();
        try (EchoSimulator sim = new EchoSimulator().start()) {
            assertThat(call(sim, "GET", "/items/1", "k").statusCode()).isEqualTo(200);
            sim.faults().throttle(1, Duration.ofSeconds(1));
            assertThat(call(sim, "GET", "/items/1", "k").statusCode()).isEqualTo(429);

            Set<Thread> started = nonDaemonThreads();
            started.removeAll(before);
            assertThat(started).extracting(Thread::getName).isEmpty();
        }
    }

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }
}
