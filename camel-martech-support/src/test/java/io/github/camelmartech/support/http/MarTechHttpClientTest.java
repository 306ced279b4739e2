package io.github.camelmartech.support.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.camelmartech.support.auth.ApiKeyHeaderAuth;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.auth.OutgoingRequest;
import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.error.ErrorKind;
import io.github.camelmartech.support.error.MarTechApiException;
import io.github.camelmartech.support.error.MarTechAuthenticationException;
import io.github.camelmartech.support.error.MarTechConflictException;
import io.github.camelmartech.support.error.MarTechMalformedResponseException;
import io.github.camelmartech.support.error.MarTechNotFoundException;
import io.github.camelmartech.support.error.MarTechRateLimitedException;
import io.github.camelmartech.support.error.MarTechServerException;
import io.github.camelmartech.support.error.MarTechTransportException;
import io.github.camelmartech.support.error.MarTechValidationException;
import io.github.camelmartech.support.retry.RetryPolicy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.utils.DateUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MarTechHttpClientTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String KEY = "sk_live_0123456789";

    private final TestClients.RecordingSleeper sleeper = new TestClients.RecordingSleeper();
    private final CloseableHttpClient http = TestClients.pooled();

    @AfterEach
    void close() throws Exception {
        http.close();
    }

    private MarTechHttpClient client(RetryPolicy policy) {
        return client(http, "http://localhost:" + wm.getPort(), policy, new JsonErrorDecoder());
    }

    private MarTechHttpClient client(CloseableHttpClient h, String base, RetryPolicy policy, ErrorDecoder decoder) {
        return MarTechHttpClient.builder("Acme", base, h).auth(new ApiKeyHeaderAuth("X-Api-Key", null, KEY, "apiKey"))
                .retryPolicy(policy).errorDecoder(decoder).sleeper(sleeper).responseTimeout(Duration.ofSeconds(2))
                .build();
    }

    private static RetryPolicy policy() {
        return RetryPolicy.builder().maxRetries(3).retryAfterMax(Duration.ofSeconds(60)).build();
    }

    private static ApiRequest send() {
        return ApiRequest.post("/send").jsonBody(Map.of("text", "hi")).build();
    }

    @Test
    void retries429AfterTheRetryAfterSecondsAskedFor() {
        wm.stubFor(post("/send").inScenario("rl").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
        wm.stubFor(post("/send").inScenario("rl").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"m1\"}")));

        ApiResponse response = client(policy()).execute(send());

        assertThat(response.json().get("id").asText()).isEqualTo("m1");
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
        wm.verify(2, postRequestedFor(urlEqualTo("/send")));
    }

    @Test
    void retryAfterAsAnHttpDateIsAWaitUntilThatDate() {
        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        RetryPolicy p = RetryPolicy.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
        wm.stubFor(get("/r").inScenario("d").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After",
                        DateUtils.formatStandardDate(now.plusSeconds(30)))));
        wm.stubFor(get("/r").inScenario("d").whenScenarioStateIs("ok").willReturn(okJson("{}")));

        client(p).execute(ApiRequest.get("/r").build());

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void aWaitLongerThanRetryAfterMaxIsNotSleptAndTheExceptionCarriesIt() {
        wm.stubFor(post("/send").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        MarTechRateLimitedException e = catchThrowableOfType(MarTechRateLimitedException.class,
                () -> client(policy()).execute(send()));

        assertThat(e.getRetryAfter()).isEqualTo(Duration.ofHours(1));
        assertThat(e.getStatus()).isEqualTo(429);
        assertThat(sleeper.waits).isEmpty();
        wm.verify(1, postRequestedFor(urlEqualTo("/send")));
    }

    @Test
    void persistentRateLimitFailsAfterMaxRetries() {
        wm.stubFor(get("/r").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));

        assertThatThrownBy(() -> client(RetryPolicy.builder().maxRetries(2).build()).execute(ApiRequest.get("/r").build()))
                .isInstanceOf(MarTechRateLimitedException.class);

        wm.verify(3, getRequestedFor(urlEqualTo("/r")));
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void aRateLimitResetHeaderGivesTheWaitWhenThereIsNoRetryAfter() {
        wm.stubFor(get("/r").inScenario("x").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(429).withHeader("X-RateLimit-Reset", "5 seconds")));
        wm.stubFor(get("/r").inScenario("x").whenScenarioStateIs("ok").willReturn(okJson("{}")));

        client(policy()).execute(ApiRequest.get("/r").build());

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void a503WithoutWaitIsRetriedWithJitteredBackoffForReads() {
        wm.stubFor(get("/r").inScenario("x").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(503)));
        wm.stubFor(get("/r").inScenario("x").whenScenarioStateIs("ok").willReturn(okJson("{\"ok\":true}")));

        ApiResponse r = client(policy()).execute(ApiRequest.get("/r").build());

        assertThat(r.status()).isEqualTo(200);
        assertThat(sleeper.waits).hasSize(1);
        assertThat(sleeper.waits.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    }

    @Test
    void aBare503IsNotRetriedForASend() {
        wm.stubFor(post("/send").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> client(policy()).execute(send())).isInstanceOf(MarTechServerException.class);

        wm.verify(1, postRequestedFor(urlEqualTo("/send")));
    }

    @Test
    void aVendorBusyCodeInA200BodyIsRetriedLikeA429() {
        ErrorDecoder apsisLike = response -> {
            int code = response.json().path("Code").asInt(1);
            return code < 0 ? ApiError.builder(response.status()).vendorCode(String.valueOf(code))
                    .retryable(code == -9).kind(ErrorKind.RATE_LIMITED).build() : null;
        };
        wm.stubFor(post("/send").inScenario("x").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(okJson("{\"Code\":-9,\"Message\":\"Rate limit\"}")));
        wm.stubFor(post("/send").inScenario("x").whenScenarioStateIs("ok").willReturn(okJson("{\"Code\":1}")));

        ApiResponse r = client(http, "http://localhost:" + wm.getPort(), policy(), apsisLike).execute(send());

        assertThat(r.json().get("Code").asInt()).isEqualTo(1);
        wm.verify(2, postRequestedFor(urlEqualTo("/send")));
    }

    @Test
    void aConnectionResetAfterTheSendLeftIsNeverRepeatedForASend() {
        wm.stubFor(post("/send").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        MarTechTransportException e = catchThrowableOfType(MarTechTransportException.class,
                () -> client(policy()).execute(send()));

        assertThat(e.isMayHaveReachedVendor()).isTrue();
        assertThat(e.getMessage()).contains("may have reached Acme");
        wm.verify(1, postRequestedFor(urlEqualTo("/send")));
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void aConnectionResetIsRetriedForAnIdempotentRead() {
        wm.stubFor(get("/r").inScenario("x").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wm.stubFor(get("/r").inScenario("x").whenScenarioStateIs("ok").willReturn(okJson("{}")));

        assertThat(client(policy()).execute(ApiRequest.get("/r").build()).status()).isEqualTo(200);
        wm.verify(2, getRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void aSendRetriedWhenTheConnectionWasRefusedBeforeAnyByteLeft() throws Exception {
        TestClients.CountingResolver resolver = new TestClients.CountingResolver(1);
        try (CloseableHttpClient h = MarTechHttpClients.create(TestClients.settings(resolver.configurer()))) {
            wm.stubFor(post("/send").willReturn(okJson("{\"id\":\"m1\"}")));

            ApiResponse r = client(h, "http://vendor.test:" + wm.getPort(), policy(), new JsonErrorDecoder()).execute(send());

            assertThat(r.status()).isEqualTo(200);
            assertThat(resolver.lookups).hasValue(2);
            wm.verify(1, postRequestedFor(urlEqualTo("/send")));
        }
    }

    @Test
    void keptAliveConnectionsAreReused() throws Exception {
        TestClients.CountingResolver resolver = new TestClients.CountingResolver(0);
        try (CloseableHttpClient h = MarTechHttpClients.create(TestClients.settings(resolver.configurer()))) {
            wm.stubFor(get("/r").willReturn(okJson("{}")));
            MarTechHttpClient c = client(h, "http://vendor.test:" + wm.getPort(), policy(), new JsonErrorDecoder());

            for (int i = 0; i < 10; i++) {
                c.execute(ApiRequest.get("/r").build());
            }

            assertThat(resolver.lookups).hasValue(1);
            wm.verify(10, getRequestedFor(urlEqualTo("/r")));
        }
    }

    @ParameterizedTest
    @CsvSource({ "400,MarTechValidationException", "422,MarTechValidationException",
                 "401,MarTechAuthenticationException", "403,MarTechAuthenticationException",
                 "404,MarTechNotFoundException", "409,MarTechConflictException", "500,MarTechServerException",
                 "418,MarTechApiException" })
    void vendorErrorsBecomeTypedExceptionsWithEveryField(int status, String type) {
        wm.stubFor(get("/r").willReturn(aResponse().withStatus(status).withHeader("X-Request-Id", "req-42")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"E17\",\"message\":\"bad thing\",\"field\":\"name\"}")));

        MarTechApiException e = catchThrowableOfType(MarTechApiException.class,
                () -> client(RetryPolicy.builder().maxRetries(0).build()).execute(ApiRequest.get("/r").build()));

        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.getStatus()).isEqualTo(status);
        assertThat(e.getHttpResponseCode()).isEqualTo(status);
        assertThat(e.getVendorCode()).isEqualTo("E17");
        assertThat(e.getVendorMessage()).isEqualTo("bad thing");
        assertThat(e.getDetails()).containsExactly(Map.entry("field", "name"));
        assertThat(e.getRequestId()).isEqualTo("req-42");
        assertThat(e.getMessage()).contains("Acme API error: HTTP " + status, "E17", "bad thing", "req-42");
    }

    @Test
    void anHtmlErrorPageFromAProxyBecomesTheMessage() {
        wm.stubFor(get("/r").willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><body>Bad Gateway</body></html>")));

        MarTechServerException e = catchThrowableOfType(MarTechServerException.class,
                () -> client(policy()).execute(ApiRequest.get("/r").build()));

        assertThat(e.getVendorMessage()).contains("Bad Gateway");
    }

    @Test
    void malformedJsonInASuccessIsATypedFailure() {
        wm.stubFor(get("/r").willReturn(okJson("{\"id\": tru")));

        ApiResponse r = client(policy()).execute(ApiRequest.get("/r").build());

        assertThatThrownBy(r::json).isInstanceOf(MarTechMalformedResponseException.class)
                .hasMessageContaining("not JSON").hasMessageContaining("HTTP 200");
    }

    @Test
    void aKeyEchoedByTheVendorIsMaskedInTheException() {
        wm.stubFor(get("/r").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Invalid key " + KEY + "\",\"key\":\"" + KEY + "\"}")));

        MarTechAuthenticationException e = catchThrowableOfType(MarTechAuthenticationException.class,
                () -> client(policy()).execute(ApiRequest.get("/r").build()));

        assertThat(e.getMessage()).doesNotContain(KEY).contains("Invalid key xxxxxx");
        assertThat(e.getDetails().toString()).doesNotContain(KEY);
        assertThat(e.getVendorMessage()).doesNotContain(KEY);
    }

    /** Signs method, raw path, raw query and body bytes, as the vendor signers do. */
    static final class DigestAuth extends MarTechAuth {
        @Override
        protected void authenticate(OutgoingRequest request) throws java.io.IOException {
            request.setHeader("X-Digest", digest(request.method(), request.rawPath(), request.rawQuery(), request.body()));
        }

        @Override
        public java.util.Collection<String> secrets() {
            return List.of();
        }
    }

    static String digest(String method, String path, String query, byte[] body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((method + "\n" + path + "\n" + query + "\n").getBytes(StandardCharsets.UTF_8));
            md.update(body);
            return HexFormat.of().formatHex(md.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theAuthInterceptorSeesTheExactBytesSentOnEveryAttempt() {
        wm.stubFor(post(urlPathMatching("/v1/.*")).inScenario("x").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        wm.stubFor(post(urlPathMatching("/v1/.*")).inScenario("x").whenScenarioStateIs("ok").willReturn(okJson("{}")));
        MarTechHttpClient c = MarTechHttpClient.builder("Acme", "http://localhost:" + wm.getPort(), http)
                .auth(new DigestAuth()).sleeper(sleeper).build();

        c.execute(ApiRequest.post("/v1/lists/{id}/items", "a b/ü").query("q", "x y+z")
                .jsonBody("{\"text\":\"Καλημέρα ☀\"}").build());

        List<ServeEvent> events = wm.getAllServeEvents();
        assertThat(events).hasSize(2);
        for (ServeEvent event : events) {
            var r = event.getRequest();
            String rawPath = r.getUrl().substring(0, r.getUrl().indexOf('?'));
            String rawQuery = r.getUrl().substring(r.getUrl().indexOf('?') + 1);
            assertThat(rawPath).isEqualTo("/v1/lists/a%20b%2F%C3%BC/items");
            assertThat(rawQuery).isEqualTo("q=x%20y%2Bz");
            assertThat(r.getHeader("X-Digest")).isEqualTo(digest("POST", rawPath, rawQuery, r.getBody()));
            assertThat(new String(r.getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"text\":\"Καλημέρα ☀\"}");
        }
    }

    @Test
    void pathParametersCannotEscapeTheirSegment() {
        wm.stubFor(get(urlPathMatching("/v1/items/.*")).willReturn(okJson("{}")));

        client(policy()).execute(ApiRequest.get("/v1/items/{id}", "../admin?x=1#f%\r\nX-Evil: 1").build());
        client(policy()).execute(ApiRequest.get("/v1/items/{id}", "..").build());

        wm.verify(getRequestedFor(urlEqualTo("/v1/items/..%2Fadmin%3Fx%3D1%23f%25%0D%0AX-Evil%3A%201")));
        wm.verify(getRequestedFor(urlEqualTo("/v1/items/%2E%2E")));
        wm.verify(0, getRequestedFor(anyUrl()).withHeader("X-Evil", matching(".*")));
    }

    @Test
    void credentialsAreSentToTheApiHostOnlyAndTheUserAgentNamesTheSuite() {
        wm.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        MarTechHttpClient c = client(policy());

        c.execute(ApiRequest.get("/api").build());
        c.execute(ApiRequest.link("GET", "http://127.0.0.1:" + wm.getPort() + "/download").build());

        wm.verify(getRequestedFor(urlEqualTo("/api")).withHeader("X-Api-Key", equalTo(KEY))
                .withHeader("User-Agent", matching("camel-martech/\\S+ .*")));
        wm.verify(getRequestedFor(urlEqualTo("/download")).withoutHeader("X-Api-Key"));
    }

    @Test
    void aRequestWithAPathTemplateNeedsEveryParameter() {
        assertThatThrownBy(() -> ApiRequest.get("/v1/items/{id}", (Object) null))
                .hasMessage("id: is required in the path /v1/items/{id}");
        wm.verify(0, anyRequestedFor(anyUrl()));
    }
}
