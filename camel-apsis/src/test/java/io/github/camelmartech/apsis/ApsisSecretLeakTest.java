package io.github.camelmartech.apsis;

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
 * The APSIS API key, nor its Base64 form in the Basic header, appears in any log line (Camel, the connector and
 * HttpClient's headers and wire loggers at DEBUG), exception, endpoint URI or health-check detail: through a full
 * exchange, an error envelope echoing the key and the Basic credential, and a failing consumer poll.
 */
class ApsisSecretLeakTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String KEY = "apsis-key-4f1c2e9a7b3d";
    static final Secrets SECRETS = Secrets.of("apiKey", KEY);
    static final String BASIC = java.util.Base64.getEncoder().encodeToString((KEY + ":").getBytes());

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthChecks.enable(context);
        return context;
    }

    private static String uri(String resource, String options) {
        return "apsis:" + resource + "?apiKey=" + KEY + "&maxRetries=0&baseUrl=" + wm.baseUrl() + options;
    }

    @Test
    void theApiKeyAndItsBasicFormLeakNowhere() throws Exception {
        wm.stubFor(get("/v1/mailinglists/7").willReturn(okJson("{\"Code\":1,\"Message\":\"OK\",\"Result\":{\"Id\":7}}")));
        wm.stubFor(get(urlPathMatching("/v1/(mailinglists/8|mailinglists/\\d+/\\d+)")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"Code\":-1,\"Message\":\"Invalid API key " + KEY
                                                                         + " (Basic " + BASIC + ")\",\"Result\":null}")));

        try (SecretLeakProbe probe = SecretLeakProbe.watching(SECRETS)) {
            template.requestBodyAndHeader(uri("mailinglists", "&operation=get"), null, ApsisConstants.MAILING_LIST_ID, 7);
            probe.observe("the error of an echoing 401", catchThrowable(() -> template.requestBodyAndHeader(
                    uri("mailinglists", "&operation=get"), null, ApsisConstants.MAILING_LIST_ID, 8)));
            probe.observeConsumerHealth(context, uri("mailinglists", "&initialDelay=0&delay=100"));
            probe.observeEndpoints(context);

            wm.verify(getRequestedFor(urlEqualTo("/v1/mailinglists/7")).withHeader("Authorization", equalTo("Basic " + BASIC)));
            assertThat(probe.logLinesOf(SecretLeakProbe.HTTP_HEADERS_LOGGER)).as("the headers log was on")
                    .anyMatch(l -> l.contains(">> Authorization: Basic "));
            probe.assertNoLeak();
        }
    }
}
