package io.github.camelmartech.support.http;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.support.auth.ApiKeyHeaderAuth;
import io.github.camelmartech.support.auth.BasicAuth;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.testing.SecretLeakProbe;
import io.github.camelmartech.support.testing.Secrets;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With HttpClient's headers and wire loggers at DEBUG, the transport logs request and response headers with the
 * credentials masked, and no raw bytes: a full exchange that carries the key in a header, in the body sent and in
 * the body received leaks it nowhere.
 */
class MaskedHeaderLogTest {

    private static final String KEY = "k-header-secret-0123456789";
    private static final String PASSWORD = "basic-password-0123456789";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static ApiResponse exchange(MarTechAuth auth) throws Exception {
        wm.stubFor(post("/v1/echo").willReturn(okJson("{\"echo\":\"" + KEY + "\"}")
                .withHeader("X-Api-Key", KEY).withHeader("Set-Cookie", "session=" + PASSWORD)));
        try (CloseableHttpClient http = TestClients.pooled()) {
            MarTechHttpClient client = MarTechHttpClient.builder("Vendor", wm.baseUrl(), http).auth(auth).build();
            return client.execute(ApiRequest.post("/v1/echo").body(("{\"key\":\"" + KEY + "\"}").getBytes(), "application/json")
                    .build());
        }
    }

    @Test
    void headerCredentialsAreMaskedAndNoBytesAreLogged() throws Exception {
        try (SecretLeakProbe probe = SecretLeakProbe.watching(Secrets.of("apiKey", KEY, "password", PASSWORD))) {
            ApiResponse response = exchange(new ApiKeyHeaderAuth("X-Api-Key", null, KEY, "apiKey"));

            assertThat(response.status()).isEqualTo(200);
            assertThat(probe.logLinesOf(SecretLeakProbe.HTTP_HEADERS_LOGGER))
                    .anyMatch(l -> l.endsWith(">> POST /v1/echo HTTP/1.1"))
                    .anyMatch(l -> l.endsWith(">> X-Api-Key: " + SecretMasker.MASK))
                    .anyMatch(l -> l.endsWith("<< X-Api-Key: " + SecretMasker.MASK))
                    .anyMatch(l -> l.endsWith("<< Set-Cookie: " + SecretMasker.MASK))
                    .anyMatch(l -> l.endsWith(">> Content-Type: application/json"));
            assertThat(probe.logLinesOf(SecretLeakProbe.HTTP_WIRE_LOGGER)).isEmpty();
            probe.assertNoLeak();
        }
    }

    @Test
    void anAuthorizationHeaderKeepsItsSchemeOnly() throws Exception {
        try (SecretLeakProbe probe = SecretLeakProbe.watching(Secrets.of("apiKey", KEY, "password", PASSWORD))) {
            exchange(new BasicAuth(KEY, PASSWORD, "apiKey"));

            assertThat(probe.logLinesOf(SecretLeakProbe.HTTP_HEADERS_LOGGER))
                    .anyMatch(l -> l.endsWith(">> Authorization: Basic " + SecretMasker.MASK));
            probe.assertNoLeak();
        }
    }
}
