package io.github.camelmartech.getresponse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

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
 * GetResponse's credentials (API key; OAuth2 client secret, refresh token and the fetched access token; the
 * callback secret) appear in no log line (Camel, the connector and HttpClient's headers and wire loggers at DEBUG),
 * exception, endpoint URI or health-check detail: through full exchanges, error bodies echoing them, a failing
 * consumer poll, the callback registration and a callback carrying its secret.
 */
class GetResponseSecretLeakTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String KEY = "getresponse-key-jfgs8jh4ksg93";
    static final String CLIENT_SECRET = "getresponse-client-secret-77";
    static final String REFRESH_TOKEN = "getresponse-refresh-token-88";
    static final String ACCESS_TOKEN = "getresponse-access-token-99";
    static final String WEBHOOK_SECRET = "getresponse-callback-secret-1";
    static final Secrets SECRETS = Secrets.of("apiKey", KEY, "clientSecret", CLIENT_SECRET, "refreshToken", REFRESH_TOKEN,
            "accessToken", ACCESS_TOKEN, "webhookSecret", WEBHOOK_SECRET);

    private final int port = AvailablePortFinder.getNextAvailable();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthChecks.enable(context);
        return context;
    }

    private static String apiKey(String resource, String options) {
        return "getresponse:" + resource + "?apiKey=" + KEY + "&maxRetries=0&baseUrl=" + wm.baseUrl() + "/v3" + options;
    }

    private static String oauth(String resource, String options) {
        return "getresponse:" + resource + "?clientId=app-1&clientSecret=" + CLIENT_SECRET + "&refreshToken="
               + REFRESH_TOKEN + "&maxRetries=0&baseUrl=" + wm.baseUrl() + "/v3&oauthTokenUrl=" + wm.baseUrl()
               + "/v3/token" + options;
    }

    /** A GetResponse error body that echoes the two given credentials back. */
    static String echoing(String first, String second) {
        return "{\"httpStatus\":401,\"code\":1014,\"codeDescription\":\"Problem during authentication process\","
               + "\"message\":\"Unable to authenticate with " + first + "\",\"context\":{\"credentials\":[\"" + first
               + "\",\"" + second + "\"]}}";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder unauthorized(String first, String second) {
        return aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(echoing(first, second));
    }

    @Test
    void theApiKeyAndTheCallbackSecretLeakNowhere() throws Exception {
        wm.stubFor(get("/v3/accounts").willReturn(okJson("{\"accountId\":\"A1\",\"email\":\"me@example.com\"}")));
        wm.stubFor(any(urlPathEqualTo("/v3/accounts/callbacks")).willReturn(okJson("{}")));
        wm.stubFor(get(urlPathMatching("/v3/contacts.*")).willReturn(unauthorized(KEY, "api-key " + KEY)));

        try (SecretLeakProbe probe = SecretLeakProbe.watching(SECRETS)) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    restConfiguration().component("undertow").host("localhost").port(port);
                    from("webhook:" + apiKey("callbacks", "&callbackActions=open&webhookSecret=" + WEBHOOK_SECRET)
                         + "&webhookPath=/gr&webhookExternalUrl=https://hooks.example.com").routeId("callbacks")
                            .to("mock:events");
                }
            });
            template.sendBody(apiKey("accounts", ""), null);
            probe.observe("the error of an echoing 401", catchThrowable(() -> template.requestBodyAndHeaders(
                    apiKey("contacts", ""), null, Map.of(GetResponseConstants.OPERATION, "get", GetResponseConstants.ID, "c1"))));
            probe.observeConsumerHealth(context, apiKey("contacts", "&initialDelay=0&delay=100"));
            HttpResponse<String> callback = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/gr?action=open&CONTACT_ID=K1&secret=" + WEBHOOK_SECRET)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            probe.observeEndpoints(context);

            assertThat(callback.statusCode()).isEqualTo(200);
            wm.verify(postRequestedFor(urlEqualTo("/v3/accounts/callbacks")));
            assertThat(probe.logLinesOf(SecretLeakProbe.HTTP_HEADERS_LOGGER)).as("the headers log was on")
                    .anyMatch(l -> l.contains(">> X-Auth-Token: "));
            probe.assertNoLeak();
        }
    }

    @Test
    void oauth2CredentialsAndTheFetchedTokensLeakNowhere() throws Exception {
        wm.stubFor(post("/v3/token").willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"token_type\":\"Bearer\","
                                                        + "\"expires_in\":86400,\"refresh_token\":\"" + REFRESH_TOKEN + "\"}")));
        wm.stubFor(get("/v3/accounts").willReturn(okJson("{\"accountId\":\"A1\"}")));
        wm.stubFor(get(urlPathMatching("/v3/contacts.*")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody(echoing(ACCESS_TOKEN, CLIENT_SECRET + " " + REFRESH_TOKEN))));

        try (SecretLeakProbe probe = SecretLeakProbe.watching(SECRETS)) {
            template.sendBody(oauth("accounts", ""), null);
            probe.observe("the error of an echoing 403", catchThrowable(() -> template.requestBodyAndHeaders(
                    oauth("contacts", ""), null, Map.of(GetResponseConstants.OPERATION, "get", GetResponseConstants.ID, "c1"))));
            probe.observeConsumerHealth(context, oauth("contacts", "&initialDelay=0&delay=100"));
            probe.observeEndpoints(context);

            wm.verify(getRequestedFor(urlEqualTo("/v3/accounts")).withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
            probe.assertNoLeak();
        }
    }


}
