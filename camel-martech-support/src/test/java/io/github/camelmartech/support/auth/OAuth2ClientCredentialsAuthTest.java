package io.github.camelmartech.support.auth;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.support.error.MarTechAuthenticationException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.MarTechHttpClient;
import io.github.camelmartech.support.http.TestClients;
import io.github.camelmartech.support.testing.FakeTime;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OAuth2ClientCredentialsAuthTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String SECRET = "client-s3cret-value";

    private final CloseableHttpClient http = TestClients.pooled();
    private final FakeTime clock = new FakeTime(Instant.parse("2026-11-24T10:00:00Z"));

    @AfterEach
    void close() throws Exception {
        http.close();
    }

    private MarTechHttpClient api() {
        String base = "http://localhost:" + wm.getPort();
        MarTechHttpClient tokenClient = MarTechHttpClient.builder("Acme", base, http)
                .errorDecoder(OAuth2ClientCredentialsAuth.tokenErrorDecoder()).secret(SECRET).build();
        OAuth2ClientCredentialsAuth auth = new OAuth2ClientCredentialsAuth(tokenClient, base + "/oauth2/token",
                "client-1", SECRET, "readList", OAuth2ClientCredentialsAuth.ClientAuthentication.FORM,
                Duration.ofSeconds(60), clock);
        return MarTechHttpClient.builder("Acme", base, http).auth(auth).build();
    }

    private static void tokens(String... values) {
        String state = STARTED;
        for (int i = 0; i < values.length; i++) {
            String nextState = "t" + (i + 1);
            wm.stubFor(post("/oauth2/token").inScenario("tokens").whenScenarioStateIs(state).willSetStateTo(nextState)
                    .willReturn(okJson("{\"access_token\":\"" + values[i]
                                       + "\",\"token_type\":\"Bearer\",\"expires_in\":120}")));
            state = nextState;
        }
    }

    @Test
    void fetchesOneTokenWithTheClientCredentialsAndReusesIt() {
        tokens("tok1");
        wm.stubFor(get("/lists").willReturn(okJson("[]")));
        MarTechHttpClient api = api();

        api.execute(ApiRequest.get("/lists").build());
        api.execute(ApiRequest.get("/lists").build());

        wm.verify(1, postRequestedFor(urlEqualTo("/oauth2/token"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=client_credentials&scope=readList&client_id=client-1&client_secret="
                                         + SECRET)));
        wm.verify(2, getRequestedFor(urlEqualTo("/lists")).withHeader("Authorization", equalTo("Bearer tok1")));
    }

    @Test
    void renewsTheTokenBeforeItExpires() {
        tokens("tok1", "tok2");
        wm.stubFor(get("/lists").willReturn(okJson("[]")));
        MarTechHttpClient api = api();

        api.execute(ApiRequest.get("/lists").build());
        clock.advance(Duration.ofSeconds(59)); // 61 s left, renewBefore 60 s: still fresh
        api.execute(ApiRequest.get("/lists").build());
        clock.advance(Duration.ofSeconds(2)); // 59 s left: renewed
        api.execute(ApiRequest.get("/lists").build());

        wm.verify(2, postRequestedFor(urlEqualTo("/oauth2/token")));
        wm.verify(2, getRequestedFor(urlEqualTo("/lists")).withHeader("Authorization", equalTo("Bearer tok1")));
        wm.verify(1, getRequestedFor(urlEqualTo("/lists")).withHeader("Authorization", equalTo("Bearer tok2")));
    }

    @Test
    void renewsOnceOnA401AndSendsAgain() {
        tokens("tok1", "tok2");
        wm.stubFor(get("/lists").withHeader("Authorization", equalTo("Bearer tok1"))
                .willReturn(aResponse().withStatus(401)));
        wm.stubFor(get("/lists").withHeader("Authorization", equalTo("Bearer tok2")).willReturn(okJson("[1]")));

        assertThat(api().execute(ApiRequest.get("/lists").build()).bodyAsString()).isEqualTo("[1]");
        wm.verify(2, postRequestedFor(urlEqualTo("/oauth2/token")));
    }

    @Test
    void aSecond401IsAnAuthenticationFailureNotALoop() {
        tokens("tok1", "tok2", "tok3");
        wm.stubFor(get("/lists").willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> api().execute(ApiRequest.get("/lists").build()))
                .isInstanceOf(MarTechAuthenticationException.class);
        wm.verify(2, getRequestedFor(urlEqualTo("/lists")));
        wm.verify(2, postRequestedFor(urlEqualTo("/oauth2/token")));
    }

    @Test
    void aRejectedClientIsAnAuthenticationFailureWithTheSecretMasked() {
        wm.stubFor(post("/oauth2/token").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"bad secret " + SECRET + "\"}")));

        assertThatThrownBy(() -> api().execute(ApiRequest.get("/lists").build()))
                .isInstanceOf(MarTechAuthenticationException.class)
                .hasMessageContaining("bad secret xxxxxx").hasMessageNotContaining(SECRET);
        wm.verify(0, getRequestedFor(urlEqualTo("/lists")));
    }

    @Test
    void subclassesSeeEveryTokenResponseAndChooseTheGrant() {
        wm.stubFor(post("/oauth2/token").inScenario("refresh").whenScenarioStateIs(STARTED).willSetStateTo("r2")
                .willReturn(okJson("{\"access_token\":\"tok1\",\"expires_in\":120,\"refresh_token\":\"rt-2\"}")));
        wm.stubFor(post("/oauth2/token").inScenario("refresh").whenScenarioStateIs("r2")
                .willReturn(okJson("{\"access_token\":\"tok2\",\"expires_in\":120}")));
        wm.stubFor(get("/lists").willReturn(okJson("[]")));
        String base = "http://localhost:" + wm.getPort();
        MarTechHttpClient tokenClient = MarTechHttpClient.builder("Acme", base, http)
                .errorDecoder(OAuth2ClientCredentialsAuth.tokenErrorDecoder()).build();
        java.util.List<String> refreshTokens = new java.util.ArrayList<>(java.util.List.of("rt-1"));
        OAuth2ClientCredentialsAuth auth = new OAuth2ClientCredentialsAuth(tokenClient, base + "/oauth2/token",
                "client-1", SECRET, null, OAuth2ClientCredentialsAuth.ClientAuthentication.BASIC,
                Duration.ofSeconds(60), clock) {
            @Override
            protected java.util.Map<String, String> grantParameters() {
                return new java.util.LinkedHashMap<>(java.util.Map.of("grant_type", "refresh_token",
                        "refresh_token", refreshTokens.get(refreshTokens.size() - 1)));
            }

            @Override
            protected void tokenReceived(com.fasterxml.jackson.databind.JsonNode tokenResponse) {
                if (tokenResponse.hasNonNull("refresh_token")) {
                    refreshTokens.add(tokenResponse.get("refresh_token").asText());
                }
            }
        };
        MarTechHttpClient api = MarTechHttpClient.builder("Acme", base, http).auth(auth).build();

        api.execute(ApiRequest.get("/lists").build());
        clock.advance(Duration.ofSeconds(100));
        api.execute(ApiRequest.get("/lists").build());

        assertThat(refreshTokens).containsExactly("rt-1", "rt-2");
        wm.verify(1, postRequestedFor(urlEqualTo("/oauth2/token"))
                .withRequestBody(containing("refresh_token=rt-1")));
        wm.verify(1, postRequestedFor(urlEqualTo("/oauth2/token"))
                .withRequestBody(containing("refresh_token=rt-2")));
        wm.verify(getRequestedFor(urlEqualTo("/lists")).withHeader("Authorization", equalTo("Bearer tok2")));
    }
}
