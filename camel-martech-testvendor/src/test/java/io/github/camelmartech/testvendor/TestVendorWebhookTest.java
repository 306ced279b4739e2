package io.github.camelmartech.testvendor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook base through camel-webhook and an embedded HTTP server. */
class TestVendorWebhookTest extends CamelTestSupport {

    private static final String SECRET = "wh-s3cret-123456";
    private final int port = AvailablePortFinder.getNextAvailable();
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                restConfiguration().component("undertow").host("localhost").port(port);
                from("webhook:testvendor:items?webhookAutoRegister=false&webhookPath=/cb&apiKey=k1234"
                     + "&webhookSecret=" + SECRET + "&webhookMaxBodySize=512")
                        .routeId("callbacks").to("mock:reports");
                from("webhook:testvendor:items?webhookAutoRegister=false&webhookPath=/basic&apiKey=k1234"
                     + "&webhookUsername=dlr-user&webhookPassword=dlr-pass-123")
                        .routeId("basic-callbacks").to("mock:reports");
            }
        };
    }

    private HttpResponse<String> post(String path, String contentType, String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Webhook-Secret", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aValidBatchReachesTheRouteItemByItem() throws Exception {
        MockEndpoint reports = getMockEndpoint("mock:reports");
        reports.expectedMessageCount(2);

        HttpResponse<String> response = post("/cb", "application/json",
                "{\"data\":[{\"id\":\"r1\",\"status\":\"DELIVERED\"},{\"id\":\"r2\",\"status\":\"FAILED\"}]}", SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"received\":2}");
        reports.assertIsSatisfied();
        assertThat(reports.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(JsonNode.class).get("id").asText())
                .containsExactly("r1", "r2");
    }

    @Test
    void basicCredentialsAreCheckedWhenConfigured() throws Exception {
        getMockEndpoint("mock:reports").expectedMessageCount(1);
        String body = "{\"data\":[{\"id\":\"r1\"}]}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/basic"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        String good = java.util.Base64.getEncoder().encodeToString("dlr-user:dlr-pass-123".getBytes());
        String bad = java.util.Base64.getEncoder().encodeToString("dlr-user:wrong".getBytes());

        HttpResponse<String> refused = http.send(request.copy().header("Authorization", "Basic " + bad).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> anonymous = http.send(request.copy().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> accepted = http.send(request.copy().header("Authorization", "Basic " + good).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"webhook\"");
        assertThat(accepted.statusCode()).isEqualTo(200);
        getMockEndpoint("mock:reports").assertIsSatisfied();
    }

    @Test
    void theSecretMayComeAsAQueryParameter() throws Exception {
        getMockEndpoint("mock:reports").expectedMessageCount(1);

        assertThat(post("/cb?secret=" + SECRET, "application/json", "{\"data\":[{\"id\":\"r1\"}]}", null).statusCode())
                .isEqualTo(200);
        getMockEndpoint("mock:reports").assertIsSatisfied();
    }

    @Test
    void badCallbacksAreRefusedAndNeverReachTheRoute() throws Exception {
        String valid = "{\"data\":[{\"id\":\"r1\"}]}";

        assertThat(post("/cb", "application/json", valid, null).statusCode()).isEqualTo(401);
        assertThat(post("/cb", "application/json", valid, "wrong-secret").statusCode()).isEqualTo(401);
        assertThat(post("/cb", "text/plain", valid, SECRET).statusCode()).isEqualTo(415);
        assertThat(post("/cb", "application/json", "{\"data\":[{\"id\":", SECRET).statusCode()).isEqualTo(400);
        assertThat(post("/cb", "application/json", "{\"data\":{\"id\":\"r1\"}}", SECRET).statusCode()).isEqualTo(400);
        assertThat(post("/cb", "application/json", "{\"data\":[\"" + "x".repeat(600) + "\"]}", SECRET).statusCode())
                .isEqualTo(413);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cb")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isBetween(400, 499);

        assertThat(getMockEndpoint("mock:reports").getReceivedCounter()).isZero();
    }
}
