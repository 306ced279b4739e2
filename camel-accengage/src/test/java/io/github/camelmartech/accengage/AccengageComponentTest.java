package io.github.camelmartech.accengage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.camelmartech.support.error.MarTechApiException;
import io.github.camelmartech.support.error.MarTechAuthenticationException;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

class AccengageComponentTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static final String KEY = "a1b2c3d4e5f6g7h8";
    static final long TIME = 1507722391L;

    @Override
    protected org.apache.camel.CamelContext createCamelContext() throws Exception {
        org.apache.camel.CamelContext context = super.createCamelContext();
        AccengageComponent component = new AccengageComponent();
        component.setClock(Clock.fixed(Instant.ofEpochSecond(TIME), ZoneOffset.UTC));
        context.addComponent("accengage", component);
        return context;
    }

    private static String uri(String resource, String options) {
        return "accengage:" + resource + "?apiKey=" + KEY + "&email=mymail@client.com&partnerId=123&baseUrl="
               + wm.baseUrl() + options;
    }

    private static void tokens(String... values) {
        String state = STARTED;
        for (int i = 0; i < values.length; i++) {
            wm.stubFor(post("/v1/access_token").inScenario("tokens").whenScenarioStateIs(state).willSetStateTo("t" + (i + 1))
                    .willReturn(okJson("{\"token_type\":\"Bearer\",\"access_token\":\"" + values[i] + "\"}")));
            state = "t" + (i + 1);
        }
    }

    private static String tokenError(int status) {
        return "{\"errors\":[{\"label\":\"API_ERR_TOKEN\",\"message\":\"token " + (status == 401 ? "expired" : "invalid") + "\"}]}";
    }

    /** Every request the stub received carries a signature of its own body, key and time. */
    private static void assertEveryRequestSigned() {
        List<ServeEvent> events = wm.getAllServeEvents();
        assertThat(events).isNotEmpty();
        for (ServeEvent event : events) {
            var r = event.getRequest();
            assertThat(r.getHeader("Accengage-Time")).isEqualTo(String.valueOf(TIME));
            assertThat(r.getHeader("Accengage-Signature")).as(r.getUrl())
                    .isEqualTo(AccengageSignature.sign(r.getBody(), KEY, String.valueOf(TIME)));
            assertThat(r.containsHeader("Expect")).isFalse();
        }
    }

    private Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    @Test
    void getsATokenWithTheEmailOnceAndSignsEveryCall() {
        tokens("12345678");
        wm.stubFor(get("/v1/me").willReturn(okJson("{\"message\":\"Welcome\"}")));

        JsonNode me = template.requestBody(uri("me", ""), null, JsonNode.class);
        template.requestBody(uri("me", ""), null, JsonNode.class);

        assertThat(me.get("message").asText()).isEqualTo("Welcome");
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/access_token")).withoutHeader("Authorization")
                .withHeader("Content-Type", containing("application/json"))
                .withHeader("Accengage-Signature", equalTo("f974f730586ce2bf49a276845060a8d38bb43770"))
                .withRequestBody(equalTo("{\"email\":\"mymail@client.com\"}")));
        wm.verify(2, getRequestedFor(urlEqualTo("/v1/me")).withHeader("Authorization", equalTo("Bearer 12345678"))
                .withHeader("Accengage-Signature", equalTo("ba04fc7206950ce63d78ddbc9e65c48fb96e54d7")));
        assertEveryRequestSigned();
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 401 })
    void aRejectedTokenIsRenewedOnceAndTheCallSentAgain(int status) {
        tokens("tok1", "tok2");
        wm.stubFor(get("/v1/me").withHeader("Authorization", equalTo("Bearer tok1")).willReturn(aResponse()
                .withStatus(status).withHeader("Content-Type", "application/json").withBody(tokenError(status))));
        wm.stubFor(get("/v1/me").withHeader("Authorization", equalTo("Bearer tok2")).willReturn(okJson("{\"ok\":1}")));

        JsonNode me = template.requestBody(uri("me", ""), null, JsonNode.class);

        assertThat(me.get("ok").asInt()).isEqualTo(1);
        wm.verify(2, postRequestedFor(urlEqualTo("/v1/access_token")));
        wm.verify(2, getRequestedFor(urlEqualTo("/v1/me")));
    }

    @Test
    void aTokenRejectedAgainAfterRenewalFailsWithoutLooping() {
        tokens("tok1", "tok2", "tok3");
        wm.stubFor(get("/v1/me").willReturn(aResponse().withStatus(401).withBody(tokenError(401))));

        Exchange out = send(uri("me", ""), null, Map.of());

        assertThat(out.getException()).isInstanceOfSatisfying(MarTechAuthenticationException.class, e -> {
            assertThat(e.getVendorCode()).isEqualTo("API_ERR_TOKEN");
            assertThat(e.getVendorMessage()).isEqualTo("token expired");
            assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain("tok2");
        });
        wm.verify(2, getRequestedFor(urlEqualTo("/v1/me")));
        wm.verify(2, postRequestedFor(urlEqualTo("/v1/access_token")));
    }

    @Test
    void aBadSignatureIsNotATokenProblemAndIsNotRetried() {
        tokens("tok1");
        wm.stubFor(get("/v1/me").willReturn(aResponse().withStatus(400)
                .withBody("{\"errors\":[{\"label\":\"API_ERR_SIGNATURE\",\"message\":\"bad signature\"}]}")));

        assertThat(send(uri("me", ""), null, Map.of()).getException())
                .isInstanceOf(MarTechAuthenticationException.class).hasMessageContaining("API_ERR_SIGNATURE");
        wm.verify(1, getRequestedFor(urlEqualTo("/v1/me")));
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/access_token")));
    }

    @Test
    void aPostSignsTheExactBodyBytesAndSendsNoExpectHeader() {
        tokens("tok1");
        wm.stubFor(post("/v1/me/apps/123/things").willReturn(okJson("{\"id\":\"t1\"}")));

        template.requestBodyAndHeaders(uri("request", ""), "{\"name\":\"Ωmega\"}", Map.of(
                AccengageConstants.HTTP_METHOD, "POST", AccengageConstants.PATH, "/v1/me/apps/123/things"));

        ServeEvent post = wm.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals("/v1/me/apps/123/things")).findFirst().orElseThrow();
        assertThat(post.getRequest().getBody()).isEqualTo("{\"name\":\"Ωmega\"}".getBytes(StandardCharsets.UTF_8));
        assertEveryRequestSigned();
    }

    @Test
    void campaignsAreWalkedByTheLinkHeaderOrTheLinksFieldOverThreePages() {
        tokens("tok1");
        String base = wm.baseUrl() + "/v1/me/apps/123/campaigns";
        wm.stubFor(get("/v1/me/apps/123/campaigns").willReturn(okJson("{\"campaigns\":[{\"id\":\"c1\"},{\"id\":\"c2\"}]}")
                .withHeader("Link", "<" + base + "?page=2>; rel=\"next\", <" + base + "?page=1>; rel=\"first\"")));
        wm.stubFor(get("/v1/me/apps/123/campaigns?page=2").willReturn(okJson("{\"campaigns\":[{\"id\":\"c3\"}],"
                + "\"links\":{\"first\":\"" + base + "?page=1\",\"next\":\"" + base + "?page=3\"}}")));
        wm.stubFor(get("/v1/me/apps/123/campaigns?page=3").willReturn(okJson("{\"campaigns\":[{\"id\":\"c4\"}]}")
                .withHeader("Link", "<" + base + "?page=1>; rel=\"first\", <" + base + "?page=2>; rel=\"prev\"")));

        Exchange out = send(uri("campaigns", ""), null, Map.of());

        @SuppressWarnings("unchecked")
        List<JsonNode> campaigns = out.getMessage().getBody(List.class);
        assertThat(campaigns).extracting(c -> c.get("id").asText()).containsExactly("c1", "c2", "c3", "c4");
        assertThat(out.getMessage().getHeader(AccengageConstants.PAGES)).isEqualTo(3);
        wm.verify(3, getRequestedFor(urlPathEqualTo("/v1/me/apps/123/campaigns")).withHeader("Authorization", equalTo("Bearer tok1")));
        assertEveryRequestSigned();
    }

    @Test
    void nextLinksNamingTheVendorsHostOverHttpAreFollowedOnTheBaseUrlSigned() {
        tokens("tok1");
        // the vendor's links are absolute, on its public host and over http (its documented examples)
        String vendor = "http://api.accengage.com/v1/me/apps/123/campaigns";
        wm.stubFor(get("/v1/me/apps/123/campaigns").willReturn(okJson("{\"campaigns\":[{\"id\":\"c1\"}]}")
                .withHeader("Link", "<" + vendor + "?page=2>; rel=\"next\"")));
        wm.stubFor(get("/v1/me/apps/123/campaigns?page=2").willReturn(okJson("{\"campaigns\":[{\"id\":\"c2\"}],"
                + "\"links\":{\"next\":\"" + vendor + "?page=3\"}}")));
        wm.stubFor(get("/v1/me/apps/123/campaigns?page=3").willReturn(okJson("{\"campaigns\":[{\"id\":\"c3\"}]}")));

        Exchange out = send(uri("campaigns", ""), null, Map.of());

        @SuppressWarnings("unchecked")
        List<JsonNode> campaigns = out.getMessage().getBody(List.class);
        assertThat(campaigns).extracting(c -> c.get("id").asText()).containsExactly("c1", "c2", "c3");
        wm.verify(3, getRequestedFor(urlPathEqualTo("/v1/me/apps/123/campaigns")).withHeader("Authorization", equalTo("Bearer tok1")));
        assertEveryRequestSigned();
    }

    @Test
    void theRequestResourceWalksAnyPaginatedRoute() {
        tokens("tok1");
        String base = wm.baseUrl() + "/v1/me/apps/123/segments";
        wm.stubFor(get("/v1/me/apps/123/segments?kind=static").willReturn(okJson("[{\"id\":\"s1\"}]")
                .withHeader("Link", "<" + base + "?kind=static&page=2>; rel=\"next\"")));
        wm.stubFor(get("/v1/me/apps/123/segments?kind=static&page=2").willReturn(okJson("[{\"id\":\"s2\"}]")));

        Exchange out = send(uri("request", "&operation=list&path=/v1/me/apps/123/segments"), null,
                Map.of(AccengageConstants.QUERY, Map.of("kind", "static")));

        @SuppressWarnings("unchecked")
        List<JsonNode> segments = out.getMessage().getBody(List.class);
        assertThat(segments).extracting(n -> n.get("id").asText()).containsExactly("s1", "s2");
        assertEveryRequestSigned();
    }

    @Test
    void getsOneCampaign() {
        tokens("tok1");
        wm.stubFor(get("/v1/me/apps/123/campaigns/c%201").willReturn(okJson("{\"id\":\"c 1\",\"name\":\"Spring\"}")));

        JsonNode campaign = template.requestBodyAndHeader(uri("campaigns", "&operation=get"), null,
                AccengageConstants.CAMPAIGN_ID, "c 1", JsonNode.class);

        assertThat(campaign.get("name").asText()).isEqualTo("Spring");
    }

    @Test
    void devicesComeAsSemicolonCsvRowsFilteredByLastOpen() {
        tokens("tok1");
        wm.stubFor(get("/v1/me/apps/123/devices?lastOpen=2024-01-01").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv; charset=utf-8")
                .withBody("deviceId;lastOpen;os\nd1;2024-01-02;ios\n\"d;2\";2024-01-03;android\n")));

        Exchange out = send(uri("devices", "&lastOpen=2024-01-01"), null, Map.of());

        @SuppressWarnings("unchecked")
        List<JsonNode> devices = out.getMessage().getBody(List.class);
        assertThat(devices).hasSize(2);
        assertThat(devices.get(0).get("os").asText()).isEqualTo("ios");
        assertThat(devices.get(1).get("deviceId").asText()).isEqualTo("d;2");
        assertThat(devices.get(1).get("lastOpen").asText()).isEqualTo("2024-01-03");
    }

    @Test
    void badInputIsRefusedBeforeAnyCall() {
        assertThat(send(uri("devices", ""), null, Map.of(AccengageConstants.LAST_OPEN, "01/02/2024")).getException())
                .isInstanceOf(MarTechInvalidInputException.class).hasMessageStartingWith("lastOpen: must be a date YYYY-MM-DD");
        assertThat(send(uri("campaigns", "&operation=get"), null, Map.of()).getException())
                .isInstanceOf(MarTechInvalidInputException.class).hasMessageStartingWith("campaignId: is required");
        String noPartner = "accengage:campaigns?apiKey=" + KEY + "&email=a@b.c&baseUrl=" + wm.baseUrl();
        assertThat(send(noPartner, null, Map.of()).getException())
                .isInstanceOf(MarTechInvalidInputException.class).hasMessageStartingWith("partnerId: is required");
        wm.verify(0, getRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @CsvSource({ "404,API_ERR_UNKNOW_ROUTE,MarTechNotFoundException", "400,API_ERR_FORMAT,MarTechValidationException",
                 "400,API_ERR_SIGNATURE,MarTechAuthenticationException", "403,API_ERR_TOKEN,MarTechAuthenticationException",
                 "403,API_ERR_FORBIDDEN,MarTechAuthenticationException", "500,API_ERR_DB,MarTechServerException",
                 "500,API_ERR_CACHE,MarTechServerException", "500,API_ERR_SERVICE,MarTechServerException",
                 "500,API_ERR_UTIL,MarTechServerException", "500,API_ERR_SUPPORT,MarTechServerException",
                 "500,API_ERR_UNKNOWN,MarTechServerException" })
    void everyLabelOfTheSeedTableBecomesItsTypedException(int status, String label, String type) {
        tokens("tok1");
        wm.stubFor(get("/v1/me").willReturn(aResponse().withStatus(status).withBody("[{\"errors\":[{\"label\":\"" + label
                + "\",\"message\":\"first\"},{\"label\":\"" + label + "\",\"message\":\"second\"}]}]")));

        Throwable e = send(uri("me", "&maxRetries=0"), null, Map.of()).getException();

        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        MarTechApiException api = (MarTechApiException) e;
        assertThat(api.getStatus()).isEqualTo(status);
        assertThat(api.getVendorCode()).isEqualTo(label);
        assertThat(api.getVendorMessage()).isEqualTo("first; second");
        assertThat(api.getDetails().get("errors").toString()).contains("second");
    }

    @Test
    void theCampaignConsumerWalksThreePagesAndThenEmitsOnlyNewOnes() throws Exception {
        tokens("tok1");
        String base = wm.baseUrl() + "/v1/me/apps/123/campaigns";
        wm.stubFor(get("/v1/me/apps/123/campaigns").willReturn(okJson("[{\"id\":\"c1\"}]")
                .withHeader("Link", "<" + base + "?page=2>; rel=\"next\"")));
        wm.stubFor(get("/v1/me/apps/123/campaigns?page=2").willReturn(okJson("[{\"id\":\"c2\"}]")
                .withHeader("Link", "<" + base + "?page=3>; rel=\"next\"")));
        wm.stubFor(get("/v1/me/apps/123/campaigns?page=3").willReturn(okJson("[{\"id\":\"c3\"}]")));
        MockEndpoint mock = getMockEndpoint("mock:campaigns");
        mock.expectedMessageCount(3);
        String consumer = uri("campaigns", "&initialDelay=0&delay=50");

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumer).to("mock:campaigns");
            }
        });

        mock.assertIsSatisfied();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (wm.findAll(getRequestedFor(urlEqualTo("/v1/me/apps/123/campaigns?page=3"))).size() < 3
               && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v1/me/apps/123/campaigns?page=3")))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(mock.getReceivedCounter()).isEqualTo(3);
        assertThat(mock.getReceivedExchanges()).extracting(x -> x.getMessage().getBody(JsonNode.class).get("id").asText())
                .containsExactly("c1", "c2", "c3");
    }

    @Test
    void theDeviceConsumerIsOnlyNewByLastOpenAndAsksForItWithTheFilter() throws Exception {
        tokens("tok1");
        String csv = "deviceId;lastOpen;os\nd1;2024-01-02;ios\nd2;2024-01-03;android\n";
        wm.stubFor(get(urlPathEqualTo("/v1/me/apps/123/devices")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv").withBody(csv)));
        MockEndpoint mock = getMockEndpoint("mock:devices");
        mock.expectedMessageCount(2);
        String consumer = uri("devices", "&initialDelay=0&delay=50&lastOpen=2024-01-01");

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumer).to("mock:devices");
            }
        });

        mock.assertIsSatisfied();
        long deadline = System.nanoTime() + 10_000_000_000L;
        var since = getRequestedFor(urlEqualTo("/v1/me/apps/123/devices?lastOpen=2024-01-03"));
        while (wm.findAll(since).size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(wm.findAll(since)).hasSizeGreaterThanOrEqualTo(2);
        wm.verify(getRequestedFor(urlEqualTo("/v1/me/apps/123/devices?lastOpen=2024-01-01")));
        assertThat(mock.getReceivedCounter()).isEqualTo(2);
        assertThat(mock.getReceivedExchanges()).extracting(x -> x.getMessage().getBody(JsonNode.class).get("deviceId").asText())
                .containsExactly("d1", "d2");
    }

    @Test
    void theKeyIsSecretAndMasked() {
        AccengageEndpoint endpoint = context.getEndpoint(uri("me", ""), AccengageEndpoint.class);

        assertThat(context.getCamelContextExtension().getEndpointUriFactory("accengage").secretPropertyNames())
                .contains("apiKey");
        assertThat(endpoint.toString()).contains("apiKey=xxxxxx").doesNotContain(KEY);
    }
}
