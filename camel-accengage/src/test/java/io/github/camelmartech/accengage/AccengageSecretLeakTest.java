package io.github.camelmartech.accengage;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.support.testing.HealthChecks;
import io.github.camelmartech.support.testing.SecretLeakProbe;
import io.github.camelmartech.support.testing.Secrets;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The Accengage API key and the access token it fetches appear in no log line (Camel, the connector and
 * HttpClient's headers and wire loggers at DEBUG), exception, endpoint URI or health-check detail: through the
 * token fetch, a full signed exchange, an error body echoing both and a failing consumer poll.
 */
class AccengageSecretLeakTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String KEY = "accengage-key-a1b2c3d4e5f6";
    static final String TOKEN = "accengage-token-9z8y7x6w5v";
    static final Secrets SECRETS = Secrets.of("apiKey", KEY, "accessToken", TOKEN);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthChecks.enable(context);
        return context;
    }

    private static String uri(String resource, String options) {
        return "accengage:" + resource + "?apiKey=" + KEY + "&email=me@example.com&partnerId=123&maxRetries=0&baseUrl="
               + wm.baseUrl() + options;
    }

    @Test
    void theApiKeyAndTheFetchedTokenLeakNowhere() throws Exception {
        wm.stubFor(post("/v1/access_token").willReturn(okJson("{\"token_type\":\"Bearer\",\"access_token\":\"" + TOKEN + "\"}")));
        wm.stubFor(get("/v1/me").willReturn(okJson("{\"id\":\"u1\"}")));
        wm.stubFor(get(urlPathMatching("/v1/me/apps/123/campaigns.*")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"errors\":[{\"label\":\"API_ERR_FORBIDDEN\","
                                                                         + "\"message\":\"key " + KEY + " token " + TOKEN + "\"}]}")));

        try (SecretLeakProbe probe = SecretLeakProbe.watching(SECRETS)) {
            template.requestBody(uri("me", ""), (Object) null);
            probe.observe("the error of an echoing 403", catchThrowable(() -> template.requestBodyAndHeader(
                    uri("campaigns", "&operation=get"), null, AccengageConstants.CAMPAIGN_ID, "c1")));
            probe.observeConsumerHealth(context, uri("campaigns", "&initialDelay=0&delay=100"));
            probe.observeEndpoints(context);

            wm.verify(getRequestedFor(urlEqualTo("/v1/me")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
            assertThat(probe.logLinesOf(SecretLeakProbe.HTTP_HEADERS_LOGGER)).as("the headers log was on")
                    .anyMatch(l -> l.contains(">> Authorization: Bearer "));
            probe.assertNoLeak();
        }
    }
}
