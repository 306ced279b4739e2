package io.github.camelmartech.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.camelmartech.accengage.AccengageConstants;
import io.github.camelmartech.sandbox.accengage.AccengageSandbox;
import io.github.camelmartech.sandbox.accengage.AccengageSimulator;
import io.github.camelmartech.support.error.MarTechAuthenticationException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Accengage simulator driven by the real camel-accengage component, as a user's test would. */
@AccengageSandbox
class AccengageSimulatorTest extends SandboxCamelTest {

    private static final HttpClient RAW = HttpClient.newHttpClient();

    AccengageSimulatorTest() {
        super("accengage");
    }

    private static String campaignsPath(AccengageSimulator accengage) {
        return "/v1/me/apps/" + accengage.partnerId() + "/campaigns";
    }

    @Test
    @SuppressWarnings("unchecked")
    void campaignsAreWalkedOverThreePagesAndFetchedByIdWithOneTokenPerEndpoint(AccengageSimulator accengage) {
        accengage.pageSize(2);
        for (int i = 1; i <= 5; i++) {
            accengage.addCampaign(accengage.partnerId(), Map.of("name", "Campaign " + i, "type", "push"));
        }
        ProducerTemplate producer = start(accengage.componentOptions());

        assertThat(producer.requestBody("accengage:me", null, JsonNode.class).path("message").asText())
                .startsWith("Welcome");
        Exchange listed = producer.request("accengage:campaigns", e -> { });
        List<JsonNode> campaigns = listed.getMessage().getBody(List.class);
        assertThat(campaigns).extracting(c -> c.path("name").asText())
                .containsExactly("Campaign 1", "Campaign 2", "Campaign 3", "Campaign 4", "Campaign 5");
        assertThat(listed.getMessage().getHeader(AccengageConstants.PAGES, Integer.class)).isEqualTo(3);
        JsonNode third = producer.requestBodyAndHeader("accengage:campaigns?operation=get", null,
                AccengageConstants.CAMPAIGN_ID, campaigns.get(2).path("id").asText(), JsonNode.class);
        assertThat(third.path("name").asText()).isEqualTo("Campaign 3");

        producer.requestBody("accengage:me", null, JsonNode.class);

        // the component keeps one token per endpoint (me, campaigns, campaigns get), reused for every later call
        assertThat(accengage.tokensIssued()).isEqualTo(3);
        accengage.wireMock().verify(3, postRequestedFor(urlEqualTo("/v1/access_token")));
        List<String> pageTokens = accengage.wireMock().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().split("\\?")[0].equals(campaignsPath(accengage)))
                .map(e -> e.getRequest().getHeader("Authorization")).toList();
        assertThat(pageTokens).hasSize(3).containsOnly(pageTokens.get(0));
        accengage.wireMock().verify(getRequestedFor(urlEqualTo(campaignsPath(accengage) + "?page=3")));
        accengage.wireMock().verify(0, getRequestedFor(urlEqualTo(campaignsPath(accengage) + "?page=4")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void devicesComeAsCsvRowsLastOpenedOnOrAfterTheDate(AccengageSimulator accengage) {
        seedDevices(accengage);
        accengage.pageSize(1);
        ProducerTemplate producer = start(accengage.componentOptions());

        List<JsonNode> devices = producer.requestBody("accengage:devices?lastOpen=2024-02-01", null, List.class);
        assertThat(devices).extracting(d -> d.path("deviceId").asText()).containsExactly("d2", "d;3");
        assertThat(devices.get(1).path("lastOpen").asText()).isEqualTo("2024-03-01");
        assertThat(devices.get(1).path("os").asText()).isEqualTo("android");
        assertThat(devices.get(0).path("os").asText()).isEqualTo("ios");
        accengage.wireMock().verify(getRequestedFor(urlPathEqualTo("/v1/me/apps/sandbox-app/devices"))
                .withQueryParam("lastOpen", equalTo("2024-02-01")).withQueryParam("page", equalTo("2")));
    }

    @Test
    void theDevicesConsumerEmitsEachDeviceOnceThenOnlyNewOnes(AccengageSimulator accengage) throws Exception {
        seedDevices(accengage);
        start(accengage.componentOptions());
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("accengage:devices?lastOpen=2024-01-01&delay=100").routeId("poll").to("mock:devices");
            }
        });
        MockEndpoint mock = camel.getEndpoint("mock:devices", MockEndpoint.class);
        mock.expectedMessageCount(3);
        mock.assertIsSatisfied(10_000);

        int requestsBefore = accengage.wireMock().getAllServeEvents().size();
        Eventually.until("three more polls", () -> accengage.wireMock().getAllServeEvents().size() > requestsBefore + 3);
        assertThat(mock.getReceivedCounter()).as("polls with nothing new emit nothing").isEqualTo(3);
        accengage.wireMock().verify(getRequestedFor(urlPathEqualTo("/v1/me/apps/sandbox-app/devices"))
                .withQueryParam("lastOpen", equalTo("2024-03-01")));

        accengage.addDevice(accengage.partnerId(), "d4", LocalDate.parse("2024-04-01"), Map.of("os", "ios"));
        Eventually.until("the new device", () -> mock.getReceivedCounter() == 4);
        assertThat(mock.getReceivedExchanges().get(3).getMessage().getBody(JsonNode.class).path("deviceId").asText())
                .isEqualTo("d4");
    }

    @Test
    void anExpiredTokenIsRenewedOnceAndTheCallRetried(AccengageSimulator accengage) {
        ProducerTemplate producer = start(accengage.componentOptions());
        producer.requestBody("accengage:me", null, JsonNode.class);
        accengage.expireTokens();

        assertThat(producer.requestBody("accengage:me", null, JsonNode.class).path("message").asText())
                .startsWith("Welcome");
        assertThat(accengage.tokensIssued()).isEqualTo(2);
        List<ServeEvent> me = accengage.wireMock().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals("/v1/me")).toList();
        // the journal lists the newest first: the first call, the rejected one, then its retry
        assertThat(me).extracting(e -> e.getResponse().getStatus()).containsExactly(200, 401, 200);
        String rejected = me.get(1).getRequest().getHeader("Authorization");
        assertThat(me.get(2).getRequest().getHeader("Authorization")).isEqualTo(rejected);
        assertThat(me.get(0).getRequest().getHeader("Authorization")).startsWith("Bearer ").isNotEqualTo(rejected);
        accengage.wireMock().verify(2, postRequestedFor(urlEqualTo("/v1/access_token")));
    }

    @Test
    void aWrongApiKeyIsRefusedWithTheSignatureError(AccengageSimulator accengage) throws Exception {
        Map<String, String> wrong = new HashMap<>(accengage.componentOptions());
        wrong.put("apiKey", "not-the-key");
        ProducerTemplate producer = start(wrong);
        assertThatThrownBy(() -> producer.requestBody("accengage:me", null, JsonNode.class))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(MarTechAuthenticationException.class);
        assertThat(accengage.tokensIssued()).isZero();

        HttpResponse<String> refused = RAW.send(signed(accengage, "GET", "/v1/me", "", "not-the-key", null),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(refused.body()).isEqualTo("{\"errors\":[{\"label\":\"API_ERR_SIGNATURE\","
                                             + "\"message\":\"Accengage-Signature is missing, empty or invalid\"}]}");
    }

    @Test
    void tokensAndAppsAreCheckedWithTheDocumentedStatuses(AccengageSimulator accengage) throws Exception {
        String key = accengage.apiKey();
        String token = SimJson.mapper().readTree(send(signed(accengage, "POST", "/v1/access_token",
                "{\"email\":\"" + accengage.email() + "\"}", key, null)).body()).path("access_token").asText();
        assertThat(token).isNotBlank();

        assertError(send(signed(accengage, "GET", "/v1/me", "", key, null)), 403, "API_ERR_TOKEN");
        assertError(send(signed(accengage, "GET", "/v1/me", "", key, "not-issued")), 400, "API_ERR_TOKEN");
        assertThat(send(signed(accengage, "GET", "/v1/me", "", key, token)).statusCode()).isEqualTo(200);
        assertError(send(signed(accengage, "GET", "/v1/me/apps/someone-elses/campaigns", "", key, token)), 403,
                "API_ERR_FORBIDDEN");
        assertError(send(signed(accengage, "GET", "/v1/me/segments", "", key, token)), 404, "API_ERR_UNKNOW_ROUTE");
        assertError(send(signed(accengage, "GET", campaignsPath(accengage) + "?page=two", "", key, token)), 400,
                "API_ERR_FORMAT");
        HttpResponse<String> pastTheEnd = send(signed(accengage, "GET", campaignsPath(accengage) + "?page=2", "", key,
                token));
        assertThat(SimJson.mapper().readTree(pastTheEnd.body()).path("campaigns")).isEmpty();
        assertThat(pastTheEnd.headers().firstValue("Link")).hasValue("<" + accengage.baseUrl() + campaignsPath(accengage)
                + "?page=1>; rel=\"first\", <" + accengage.baseUrl() + campaignsPath(accengage) + "?page=1>; rel=\"prev\"");
        accengage.expireTokens();
        assertError(send(signed(accengage, "GET", "/v1/me", "", key, token)), 401, "API_ERR_TOKEN");
    }

    /** The vendor's published example (support article): the simulator accepts exactly those signatures. */
    @Test
    void theVendorsPublishedSignatureExampleIsAccepted() throws Exception {
        Clock then = Clock.fixed(Instant.ofEpochSecond(1507722391), ZoneOffset.UTC);
        try (AccengageSimulator example = new AccengageSimulator("a1b2c3d4e5f6g7h8", "mymail@client.com", "app", then,
                Duration.ofMinutes(15))) {
            example.start();
            HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(example.baseUrl() + "/v1/access_token"))
                    .header("Content-Type", "application/json").header("Accengage-Time", "1507722391")
                    .header("Accengage-Signature", "f974f730586ce2bf49a276845060a8d38bb43770")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"mymail@client.com\"}")).build());
            assertThat(token.statusCode()).isEqualTo(200);
            JsonNode issued = SimJson.mapper().readTree(token.body());
            assertThat(issued.path("token_type").asText()).isEqualTo("Bearer");
            HttpResponse<String> me = send(HttpRequest.newBuilder(URI.create(example.baseUrl() + "/v1/me"))
                    .header("Accengage-Time", "1507722391")
                    .header("Accengage-Signature", "ba04fc7206950ce63d78ddbc9e65c48fb96e54d7")
                    .header("Authorization", "Bearer " + issued.path("access_token").asText()).GET().build());
            assertThat(me.statusCode()).isEqualTo(200);
            HttpResponse<String> late = send(HttpRequest.newBuilder(URI.create(example.baseUrl() + "/v1/me"))
                    .header("Accengage-Time", Long.toString(1507722391 + 16 * 60))
                    .header("Accengage-Signature", "ba04fc7206950ce63d78ddbc9e65c48fb96e54d7")
                    .header("Authorization", "Bearer " + issued.path("access_token").asText()).GET().build());
            assertError(late, 400, "API_ERR_SIGNATURE");
        }
    }

    @Test
    void aThrottledCallIsRetriedAfterTheWaitAsked(AccengageSimulator accengage) {
        String id = accengage.addCampaign(accengage.partnerId(), Map.of("name", "Spring"));
        ProducerTemplate producer = start(accengage.componentOptions());
        String uri = "accengage:campaigns?operation=get&campaignId=" + id;
        producer.requestBody(uri, null, JsonNode.class); // the token first, so the fault hits the campaign call
        accengage.faults().throttle(1, Duration.ZERO);

        assertThat(producer.requestBody(uri, null, JsonNode.class).path("name").asText()).isEqualTo("Spring");
        accengage.wireMock().verify(3, getRequestedFor(urlEqualTo(campaignsPath(accengage) + "/" + id)));
    }

    private static void seedDevices(AccengageSimulator accengage) {
        String app = accengage.partnerId();
        accengage.addDevice(app, "d1", LocalDate.parse("2024-01-15"), Map.of("os", "ios"));
        accengage.addDevice(app, "d;3", LocalDate.parse("2024-03-01"), Map.of("os", "android"));
        accengage.addDevice(app, "d2", LocalDate.parse("2024-02-01"), Map.of("os", "ios"));
    }

    private static void assertError(HttpResponse<String> response, int status, String label) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(SimJson.mapper().readTree(response.body()).path("errors").path(0).path("label").asText())
                .isEqualTo(label);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return RAW.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A request signed as the vendor documents: SHA-1 hex of body + key + time, written here independently. */
    private static HttpRequest signed(AccengageSimulator accengage, String method, String pathAndQuery, String body,
                                      String key, String token) throws Exception {
        String time = Long.toString(Instant.now().getEpochSecond());
        String signature = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest((body + key + time).getBytes(StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(accengage.baseUrl() + pathAndQuery))
                .header("Accengage-Time", time).header("Accengage-Signature", signature)
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }
}
