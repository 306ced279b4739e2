package io.github.camelmartech.affelios;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.support.testing.SecretLeakProbe;
import io.github.camelmartech.support.testing.Secrets;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The Affelios API key appears in no log line (Camel, the connector and HttpClient's headers and wire loggers at
 * DEBUG), exception or endpoint URI: through a full exchange and an error body echoing it. Affelios has no consumer
 * (no health check to read) and no callbacks.
 */
class AffeliosSecretLeakTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String KEY = "affelios-key-5XPmdXTl8j93xI0j";
    static final Secrets SECRETS = Secrets.of("apiKey", KEY);

    private static String uri(String options) {
        return "affelios:customers?apiKey=" + KEY + "&maxRetries=0&baseUrl=" + wm.baseUrl() + options;
    }

    @Test
    void theApiKeyLeaksNowhere() {
        wm.stubFor(post("/api/v1/customer").willReturn(okJson("{\"id\":\"aff-1\"}")));
        wm.stubFor(get("/api/v1/customer/aff-1").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Invalid API key " + KEY + "\",\"errors\":{\"apiKey\":[\"" + KEY + "\"]}}")));

        try (SecretLeakProbe probe = SecretLeakProbe.watching(SECRETS)) {
            template.requestBody(uri(""), "{\"externalId\":\"c1\",\"externalBrandId\":\"b1\","
                                          + "\"registrationDate\":\"2024-01-15T10:30:00.000Z\"}");
            probe.observe("the error of an echoing 401", catchThrowable(() -> template.requestBodyAndHeaders(uri(""), null,
                    java.util.Map.of(AffeliosConstants.OPERATION, "get", AffeliosConstants.CUSTOMER_ID, "aff-1"))));
            probe.observeEndpoints(context);

            wm.verify(getRequestedFor(urlEqualTo("/api/v1/customer/aff-1")).withHeader("X-Api-Key", equalTo(KEY)));
            assertThat(probe.logLinesOf(SecretLeakProbe.HTTP_HEADERS_LOGGER)).as("the headers log was on")
                    .anyMatch(l -> l.contains(">> X-Api-Key: "));
            probe.assertNoLeak();
        }
    }
}
