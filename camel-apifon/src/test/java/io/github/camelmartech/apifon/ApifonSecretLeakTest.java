package io.github.camelmartech.apifon;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.support.testing.HealthChecks;
import io.github.camelmartech.support.testing.SecretLeakProbe;
import io.github.camelmartech.support.testing.Secrets;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Apifon's credentials (HMAC token and secret; OAuth2 client id, client secret and the fetched access token; the
 * callback secret) appear in no log line (Camel, the connector and HttpClient's headers and wire loggers at DEBUG),
 * exception, endpoint URI or health-check detail: through a full signed exchange, an error body echoing them, a
 * failing consumer poll and a callback carrying its secret in the query.
 */
class ApifonSecretLeakTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String TOKEN = "apifon-token-5b5a6ca0deb4";
    static final String SECRET = "apifon-secret-9f8e7d6c5b4a";
    static final String CLIENT_ID = "apifon-client-id-31415926";
    static final String CLIENT_SECRET = "apifon-client-secret-2718281";
    static final String ACCESS_TOKEN = "apifon-access-token-1618033";
    static final String WEBHOOK_SECRET = "apifon-callback-secret-1414";
    static final Secrets SECRETS = Secrets.of("apiToken", TOKEN, "apiSecret", SECRET, "clientId", CLIENT_ID,
            "clientSecret", CLIENT_SECRET, "accessToken", ACCESS_TOKEN, "webhookSecret", WEBHOOK_SECRET);

    /** An Apifon error body that echoes the two given credentials back. */
    static String echoing(String first, String second) {
        return "{\"status\":\"401\",\"title\":\"Unauthorized " + first + ":" + second
               + "\",\"error_details\":{\"credential\":\"" + first + "\",\"other\":[\"" + second + "\"]}}";
    }

    private final int port = AvailablePortFinder.getNextAvailable();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthChecks.enable(context);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                restConfiguration().component("undertow").host("localhost").port(port);
                from("webhook:apifon:callbacks?webhookAutoRegister=false&webhookPath=/apifon&webhookSecret="
                     + WEBHOOK_SECRET).routeId("callbacks").to("mock:callbacks");
            }
        };
    }

    private static String hmac(String resource, String options) {
        return "apifon:" + resource + "?apiToken=" + TOKEN + "&apiSecret=" + SECRET + "&maxRetries=0&baseUrl="
               + wm.baseUrl() + options;
    }

    private static String oauth(String resource, String options) {
        return "apifon:" + resource + "?clientId=" + CLIENT_ID + "&clientSecret=" + CLIENT_SECRET + "&maxRetries=0&baseUrl="
               + wm.baseUrl() + "&oauthTokenUrl=" + wm.baseUrl() + "/oauth2/token" + options;
    }

    @Test
    void hmacCredentialsAndTheCallbackSecretLeakNowhere() throws Exception {
        wm.stubFor(post("/services/api/v1/sms/send").willReturn(okJson(ApifonSmsTest.SEND_RESPONSE)));
        wm.stubFor(get(urlPathMatching("/services/api/v1/(list/L1|bounce/subscriber)"))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(echoing(TOKEN, SECRET))));

        try (SecretLeakProbe probe = SecretLeakProbe.watching(SECRETS)) {
            template.requestBody(hmac("sms", "&senderId=Acme&recipients=306999999999"), "Hello, signed");
            probe.observe("the error of an echoing 401", catchThrowable(() -> template.requestBodyAndHeader(
                    hmac("lists", "&operation=get"), null, ApifonConstants.LIST_ID, "L1")));
            probe.observeConsumerHealth(context, hmac("bounces", "&initialDelay=0&delay=100"));
            HttpResponse<String> callback = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/apifon?secret=" + WEBHOOK_SECRET))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"data\":[{\"message_id\":\"m-1\",\"status\":{\"code\":7,\"text\":\"delivered\"}}],"
                            + "\"type\":\"SMS\"}")).build(), HttpResponse.BodyHandlers.ofString());
            probe.observeEndpoints(context);

            assertThat(callback.statusCode()).isEqualTo(200);
            assertThat(wm.findAll(postRequestedFor(urlEqualTo("/services/api/v1/sms/send")))).hasSize(1);
            assertThat(probe.logLinesOf(SecretLeakProbe.HTTP_HEADERS_LOGGER)).as("the headers log was on")
                    .anyMatch(l -> l.contains(">> Authorization: ApifonWS "));
            probe.assertNoLeak();
        }
    }

    @Test
    void oauth2ClientCredentialsAndTheFetchedTokenLeakNowhere() throws Exception {
        wm.stubFor(post("/oauth2/token").willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN
                                                            + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        wm.stubFor(post("/services/api/v1/balance").willReturn(okJson("{\"balance\":12.5,\"token\":\"" + ACCESS_TOKEN + "\"}")));
        wm.stubFor(get(urlPathMatching("/services/api/v1/(list/L1|bounce/subscriber)"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody(echoing(CLIENT_SECRET, ACCESS_TOKEN))));

        try (SecretLeakProbe probe = SecretLeakProbe.watching(SECRETS)) {
            template.requestBody(oauth("balance", ""), (Object) null);
            probe.observe("the error of an echoing 403", catchThrowable(() -> template.requestBodyAndHeader(
                    oauth("lists", "&operation=get"), null, ApifonConstants.LIST_ID, "L1")));
            probe.observeConsumerHealth(context, oauth("bounces", "&initialDelay=0&delay=100"));
            probe.observeEndpoints(context);

            wm.verify(postRequestedFor(urlEqualTo("/services/api/v1/balance"))
                    .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
            probe.assertNoLeak();
        }
    }


}
