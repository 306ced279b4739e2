package io.github.camelmartech.support.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.camelmartech.support.error.MarTechMalformedResponseException;
import io.github.camelmartech.support.error.MarTechRateLimitedException;
import io.github.camelmartech.support.error.MarTechServerException;
import io.github.camelmartech.support.error.MarTechTransportException;
import io.github.camelmartech.support.http.TestClients;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.hc.client5.http.utils.DateUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives one vendor operation through the faults production pipelines meet and checks that each ends in a correct
 * retry or a typed exception, counting what the stub received. A send (non-idempotent call) must reach the vendor at
 * most once under every fault, and exactly once when the fault is one the vendor declares safe to repeat (a refusal)
 * or one where no byte had left.
 *
 * <p>The operation runs through the real component with {@code retrySleeper} recording the waits instead of
 * sleeping, so a {@code Retry-After: 30} costs no time and the wait asked for can be checked exactly.
 */
public final class FaultDrill {

    public static final String SLEEPER_BEAN = "faultDrillSleeper";
    static final String RESOLVER_BEAN = "faultDrillResolver";
    static final int MAX_RETRIES = 2;
    /** The rate-limit reset header the support module reads by default (seconds to wait). */
    static final String RESET_HEADER = "X-RateLimit-Reset";
    static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(1000);
    static final String HTML_PAGE = "<html><head><title>502 Bad Gateway</title></head>"
                                    + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

    /**
     * One vendor operation. {@code invoke} calls it through the component: it receives the base URL to use and the
     * endpoint options the drill needs ({@code &name=value...}) to append to the endpoint URI.
     */
    public record Call(String name, boolean send, String method, String path, ResponseDefinitionBuilder success,
                       boolean answersJson, BiConsumer<String, String> invoke) {

        /** A non-idempotent call (a send or a create): never to be repeated once it may have reached the vendor. */
        public static Call send(String name, String method, String path, ResponseDefinitionBuilder success,
                                boolean answersJson, BiConsumer<String, String> invoke) {
            return new Call(name, true, method, path, success, answersJson, invoke);
        }

        /** An idempotent read (some vendors read with POST). */
        public static Call read(String name, String method, String path, ResponseDefinitionBuilder success,
                                BiConsumer<String, String> invoke) {
            return new Call(name, false, method, path, success, true, invoke);
        }

        MappingBuilder mapping() {
            return request(method, urlPathEqualTo(path));
        }

        RequestPatternBuilder requested() {
            return RequestPatternBuilder.newRequestPattern(RequestMethod.fromString(method), urlPathEqualTo(path));
        }
    }

    /** The faults, each served once before the vendor recovers or for good. */
    public enum Fault {
        RATE_LIMITED_RETRY_AFTER_SECONDS,
        RATE_LIMITED_RETRY_AFTER_HTTP_DATE,
        RATE_LIMITED_RESET_HEADER,
        UNAVAILABLE_WITH_RETRY_AFTER,
        RATE_LIMITED_LONGER_THAN_RETRY_AFTER_MAX,
        RATE_LIMITED_FOR_GOOD,
        CONNECTION_REFUSED,
        CONNECTION_REFUSED_ONCE_BEFORE_ANY_BYTE,
        CONNECTION_RESET_AFTER_THE_REQUEST,
        READ_TIMEOUT,
        BROKEN_CHUNKED_BODY,
        TRUNCATED_JSON,
        MALFORMED_JSON,
        HTML_ERROR_PAGE_FROM_A_PROXY,
        EMPTY_BODY_WHERE_JSON_WAS_EXPECTED;

        boolean appliesTo(Call call) {
            return call.answersJson() || !BODY_FAULTS.contains(this);
        }
    }

    /** Faults in the answer's body: they apply to calls that answer JSON. */
    private static final Set<Fault> BODY_FAULTS = EnumSet.of(Fault.TRUNCATED_JSON, Fault.MALFORMED_JSON,
            Fault.EMPTY_BODY_WHERE_JSON_WAS_EXPECTED);

    private final WireMockExtension wm;
    private final CamelContext camel;
    private final IntFunction<ResponseDefinitionBuilder> refusal;
    private final ReliabilityLedger ledger;
    private final TestClients.RecordingSleeper sleeper = new TestClients.RecordingSleeper();
    private final List<StubMapping> stubs = new ArrayList<>();

    /**
     * @param refusal the vendor's answer refusing a request for now, for a status (429, 503): status, content type
     *                and the vendor's error body, without any wait (the drill adds it in each of its forms)
     */
    public FaultDrill(String vendor, WireMockExtension wm, CamelContext camel,
                      IntFunction<ResponseDefinitionBuilder> refusal) {
        this.wm = wm;
        this.camel = camel;
        this.refusal = refusal;
        this.ledger = ReliabilityLedger.of(vendor);
        camel.getRegistry().bind(SLEEPER_BEAN, sleeper);
    }

    /** Runs the call under the fault and checks the outcome; skipped when the fault cannot apply to the call. */
    public void run(Call call, Fault fault) {
        assumeTrue(fault.appliesTo(call), fault + " needs a JSON answer; " + call.name() + " answers none");
        String base = wm.baseUrl();
        String options = "&retrySleeper=#" + SLEEPER_BEAN + "&maxRetries=" + MAX_RETRIES;
        warmUp(call, base, options);
        options += "&responseTimeout=" + RESPONSE_TIMEOUT.toMillis();
        TestClients.CountingResolver resolver = null;
        switch (fault) {
            case RATE_LIMITED_RETRY_AFTER_SECONDS -> once(call, refusal.apply(429).withHeader("Retry-After", "2"));
            case RATE_LIMITED_RETRY_AFTER_HTTP_DATE -> once(call, refusal.apply(429)
                    .withHeader("Retry-After", DateUtils.formatStandardDate(Instant.now().plusSeconds(30))));
            case RATE_LIMITED_RESET_HEADER -> once(call, refusal.apply(429).withHeader(RESET_HEADER, "3"));
            case UNAVAILABLE_WITH_RETRY_AFTER -> once(call, refusal.apply(503).withHeader("Retry-After", "1"));
            case RATE_LIMITED_LONGER_THAN_RETRY_AFTER_MAX -> always(call,
                    refusal.apply(429).withHeader("Retry-After", "3600"));
            case RATE_LIMITED_FOR_GOOD -> always(call, refusal.apply(429).withHeader("Retry-After", "1"));
            case CONNECTION_REFUSED -> base = "http://127.0.0.1:" + closedPort();
            case CONNECTION_REFUSED_ONCE_BEFORE_ANY_BYTE -> {
                assertOnlyOnLoopback127001(wm.getPort());
                resolver = new TestClients.CountingResolver(1);
                String bean = RESOLVER_BEAN + System.identityHashCode(resolver);
                camel.getRegistry().bind(bean, resolver.configurer());
                options += "&httpClientConfigurer=#" + bean;
                base = "http://vendor.test:" + wm.getPort();
                always(call, call.success());
            }
            case CONNECTION_RESET_AFTER_THE_REQUEST -> once(call,
                    aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER));
            case READ_TIMEOUT -> once(call, ResponseDefinitionBuilder.like(call.success().build())
                    .withFixedDelay((int) RESPONSE_TIMEOUT.toMillis() * 2));
            case BROKEN_CHUNKED_BODY -> once(call,
                    aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK));
            case TRUNCATED_JSON -> always(call, aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"id\":\"4711\",\"items\":[{\"na"));
            case MALFORMED_JSON -> always(call, aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("<<not json>>"));
            case HTML_ERROR_PAGE_FROM_A_PROXY -> always(call, aResponse().withStatus(502)
                    .withHeader("Content-Type", "text/html").withBody(HTML_PAGE));
            case EMPTY_BODY_WHERE_JSON_WAS_EXPECTED -> always(call, aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json"));
            default -> throw new IllegalStateException(fault.name());
        }

        Throwable failure = null;
        try {
            call.invoke().accept(base, options);
        } catch (CamelExecutionException e) {
            failure = e.getCause();
        } catch (RuntimeException e) {
            failure = e;
        }
        if (fault == Fault.READ_TIMEOUT && call.send()) {
            awaitJournaled(call); // the stub journals the delayed request only when it answers, after the client gave up
        }
        int received = wm.findAll(call.requested()).size();
        Outcome outcome = new Outcome(call, fault, failure, received, List.copyOf(sleeper.waits),
                resolver != null ? resolver.lookups.get() : 0);
        ledger.record(outcome.faultsInjected(), outcome.attempts(), outcome.duplicates());
        outcome.check();
    }

    /**
     * One successful call first (with the default response timeout), then a clean journal: classes are loaded and
     * the JIT has run, so the short response timeout the drill needs for READ_TIMEOUT is never hit by a cold request.
     */
    private void warmUp(Call call, String base, String options) {
        clear();
        always(call, call.success());
        call.invoke().accept(base, options);
        clear();
    }

    private void clear() {
        stubs.forEach(wm::removeStubMapping);
        stubs.clear();
        wm.resetRequests();
        wm.resetScenarios();
        sleeper.waits.clear();
    }

    private void awaitJournaled(Call call) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (wm.findAll(call.requested()).isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void once(Call call, ResponseDefinitionBuilder fault) {
        String scenario = "drill-" + call.name();
        stubs.add(wm.stubFor(call.mapping().atPriority(1).inScenario(scenario).whenScenarioStateIs(STARTED)
                .willSetStateTo("recovered").willReturn(fault)));
        stubs.add(wm.stubFor(call.mapping().atPriority(1).inScenario(scenario).whenScenarioStateIs("recovered")
                .willReturn(call.success())));
    }

    private void always(Call call, ResponseDefinitionBuilder answer) {
        stubs.add(wm.stubFor(call.mapping().atPriority(1).willReturn(answer)));
    }

    /** The resolver's refusal goes to 127.0.0.2: it is refused only when the stub listens on 127.0.0.1 alone. */
    private static void assertOnlyOnLoopback127001(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.2", port), 1000);
            throw new AssertionError("the stub must listen on 127.0.0.1 only: wireMockConfig().bindAddress(\"127.0.0.1\")");
        } catch (IOException expected) {
            // refused: the first connection of the drill will be too
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What happened, and what must have happened. */
    record Outcome(Call call, Fault fault, Throwable failure, int received, List<Duration> waits, int lookups) {

        /** Answers the vendor declared as refusals (not processed): served for every request that got one. */
        int refusals() {
            return switch (fault) {
                case RATE_LIMITED_RETRY_AFTER_SECONDS, RATE_LIMITED_RETRY_AFTER_HTTP_DATE, RATE_LIMITED_RESET_HEADER,
                     UNAVAILABLE_WITH_RETRY_AFTER -> Math.min(received, 1);
                case RATE_LIMITED_LONGER_THAN_RETRY_AFTER_MAX, RATE_LIMITED_FOR_GOOD -> received;
                default -> 0;
            };
        }

        int faultsInjected() {
            return switch (fault) {
                case CONNECTION_REFUSED -> waits.size() + 1;
                case CONNECTION_REFUSED_ONCE_BEFORE_ANY_BYTE -> 1;
                case TRUNCATED_JSON, MALFORMED_JSON, HTML_ERROR_PAGE_FROM_A_PROXY, EMPTY_BODY_WHERE_JSON_WAS_EXPECTED,
                     RATE_LIMITED_LONGER_THAN_RETRY_AFTER_MAX, RATE_LIMITED_FOR_GOOD -> received;
                default -> Math.min(received, 1);
            };
        }

        /** Connection attempts and requests: what the stub received plus connections refused. */
        int attempts() {
            return switch (fault) {
                case CONNECTION_REFUSED -> waits.size() + 1;
                case CONNECTION_REFUSED_ONCE_BEFORE_ANY_BYTE -> received + 1;
                default -> received;
            };
        }

        /** Times a send was taken by the vendor beyond the first. */
        int duplicates() {
            return call.send() ? Math.max(0, received - refusals() - 1) : 0;
        }

        void check() {
            String what = call.name() + " under " + fault;
            switch (fault) {
                case RATE_LIMITED_RETRY_AFTER_SECONDS -> recovered(what, Duration.ofSeconds(2));
                case RATE_LIMITED_RESET_HEADER -> recovered(what, Duration.ofSeconds(3));
                case UNAVAILABLE_WITH_RETRY_AFTER -> recovered(what, Duration.ofSeconds(1));
                case RATE_LIMITED_RETRY_AFTER_HTTP_DATE -> {
                    assertThat(failure).as(what).isNull();
                    assertThat(received).as(what + ": requests").isEqualTo(2);
                    assertThat(waits).as(what + ": the wait until the date").singleElement()
                            .satisfies(w -> assertThat(w).isBetween(Duration.ofSeconds(27), Duration.ofSeconds(30)));
                }
                case RATE_LIMITED_LONGER_THAN_RETRY_AFTER_MAX -> {
                    assertThat(failure).as(what).isInstanceOfSatisfying(MarTechRateLimitedException.class,
                            e -> assertThat(e.getRetryAfter()).isEqualTo(Duration.ofHours(1)));
                    assertThat(received).as(what + ": requests").isEqualTo(1);
                    assertThat(waits).as(what + ": never waits an hour").isEmpty();
                }
                case RATE_LIMITED_FOR_GOOD -> {
                    assertThat(failure).as(what).isInstanceOf(MarTechRateLimitedException.class);
                    assertThat(received).as(what + ": requests").isEqualTo(MAX_RETRIES + 1);
                    assertThat(waits).as(what).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
                }
                case CONNECTION_REFUSED -> {
                    assertThat(failure).as(what).isInstanceOfSatisfying(MarTechTransportException.class,
                            e -> assertThat(e.isMayHaveReachedVendor()).as("may have reached").isFalse());
                    assertThat(waits).as(what + ": nothing left, so retried").hasSize(MAX_RETRIES);
                    assertThat(received).isZero();
                }
                case CONNECTION_REFUSED_ONCE_BEFORE_ANY_BYTE -> {
                    assertThat(failure).as(what).isNull();
                    // the refused one and at least one more (a token fetch may open its own)
                    assertThat(lookups).as(what + ": connections opened").isGreaterThanOrEqualTo(2);
                    assertThat(received).as(what + ": reaches the vendor exactly once").isEqualTo(1);
                }
                case CONNECTION_RESET_AFTER_THE_REQUEST, READ_TIMEOUT, BROKEN_CHUNKED_BODY -> {
                    if (call.send()) {
                        assertThat(failure).as(what).isInstanceOfSatisfying(MarTechTransportException.class,
                                e -> assertThat(e.isMayHaveReachedVendor()).as("may have reached").isTrue());
                        assertThat(received).as(what + ": a send is never repeated").isEqualTo(1);
                    } else {
                        recoveredAfterBackoff(what);
                    }
                }
                case TRUNCATED_JSON, MALFORMED_JSON, EMPTY_BODY_WHERE_JSON_WAS_EXPECTED -> {
                    assertThat(failure).as(what).isInstanceOf(MarTechMalformedResponseException.class);
                    assertThat(received).as(what + ": requests").isEqualTo(1);
                }
                case HTML_ERROR_PAGE_FROM_A_PROXY -> {
                    assertThat(failure).as(what).isInstanceOfSatisfying(MarTechServerException.class,
                            e -> assertThat(e.getStatus()).isEqualTo(502));
                    assertThat(failure.getMessage()).as(what + ": says what the proxy said").contains("Bad Gateway");
                    assertThat(received).as(what + ": requests").isEqualTo(1);
                }
                default -> throw new IllegalStateException(fault.name());
            }
            assertThat(duplicates()).as(what + ": duplicates").isZero();
        }

        private void recovered(String what, Duration asked) {
            assertThat(failure).as(what).isNull();
            assertThat(received).as(what + ": requests").isEqualTo(2);
            assertThat(waits).as(what + ": the wait asked for").containsExactly(asked);
        }

        private void recoveredAfterBackoff(String what) {
            assertThat(failure).as(what).isNull();
            assertThat(received).as(what + ": requests").isEqualTo(2);
            assertThat(waits).as(what + ": one backoff").hasSize(1);
        }
    }
}
