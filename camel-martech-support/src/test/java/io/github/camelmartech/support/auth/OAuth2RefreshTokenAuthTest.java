package io.github.camelmartech.support.auth;

import java.time.Clock;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.MarTechHttpClient;
import io.github.camelmartech.support.http.TestClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/** The refresh token grant, with the rotated refresh token kept and masked; client credentials without one. */
class OAuth2RefreshTokenAuthTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final CloseableHttpClient http = TestClients.pooled();

    @AfterEach
    void close() throws Exception {
        http.close();
    }

    private OAuth2RefreshTokenAuth auth(String refreshToken) {
        String base = "http://localhost:" + wm.getPort();
        MarTechHttpClient tokenClient = MarTechHttpClient.builder("Acme", base, http)
                .errorDecoder(OAuth2ClientCredentialsAuth.tokenErrorDecoder()).build();
        return new OAuth2RefreshTokenAuth(tokenClient, base + "/token", "client-1", "s3cret-value", null,
                OAuth2ClientCredentialsAuth.ClientAuthentication.BASIC, Duration.ofSeconds(60), Clock.systemUTC(),
                refreshToken);
    }

    private static void tokens(String... bodies) {
        String state = STARTED;
        for (int i = 0; i < bodies.length; i++) {
            String next = "t" + (i + 1);
            wm.stubFor(post("/token").inScenario("tokens").whenScenarioStateIs(state).willSetStateTo(next)
                    .willReturn(okJson(bodies[i])));
            state = next;
        }
    }

    @Test
    void theRefreshGrantKeepsTheRotatedRefreshToken() {
        tokens("{\"access_token\":\"at-1\",\"expires_in\":10,\"refresh_token\":\"rt-2\"}",
                "{\"access_token\":\"at-2\",\"expires_in\":86400,\"refresh_token\":\"rt-3\"}");
        wm.stubFor(get("/lists").willReturn(okJson("[]")));
        OAuth2RefreshTokenAuth auth = auth("rt-1");
        MarTechHttpClient api = MarTechHttpClient.builder("Acme", "http://localhost:" + wm.getPort(), http).auth(auth)
                .build();

        api.execute(ApiRequest.get("/lists").build()); // at-1 expires within renewBefore: the next call renews
        api.execute(ApiRequest.get("/lists").build());

        wm.verify(1, postRequestedFor(urlEqualTo("/token"))
                .withRequestBody(equalTo("grant_type=refresh_token&refresh_token=rt-1")));
        wm.verify(1, postRequestedFor(urlEqualTo("/token"))
                .withRequestBody(equalTo("grant_type=refresh_token&refresh_token=rt-2")));
        wm.verify(1, getRequestedFor(urlEqualTo("/lists")).withHeader("Authorization", equalTo("Bearer at-2")));
        assertThat(auth.secrets()).contains("s3cret-value", "rt-3").doesNotContain("rt-1");
    }

    @Test
    void withoutARefreshTokenItIsClientCredentials() {
        tokens("{\"access_token\":\"at-1\",\"expires_in\":3600,\"refresh_token\":\"rt-x\"}");
        OAuth2RefreshTokenAuth auth = auth(" ");

        assertThat(auth.currentToken()).isEqualTo("at-1");
        wm.verify(postRequestedFor(urlEqualTo("/token")).withRequestBody(equalTo("grant_type=client_credentials")));
        assertThat(auth.secrets()).as("a refresh token it was not configured with is not kept")
                .doesNotContain("rt-x");
    }
}
