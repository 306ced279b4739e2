package io.github.camelmartech.accengage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.support.testing.ConsumerDrill;
import io.github.camelmartech.support.testing.FaultDrill;
import io.github.camelmartech.support.testing.FaultDrill.Call;
import io.github.camelmartech.support.testing.FaultDrill.Fault;
import io.github.camelmartech.support.testing.ReliabilityLedger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Accengage under faults: its reads (me, a campaign) recover or fail typed under every fault, and the campaigns
 * consumer loses and repeats nothing through a failing page, a failing item and a restart. Accengage documents no
 * sends and no callbacks. Prints the vendor's reliability summary line.
 */
class AccengageReliabilityTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static final ReliabilityLedger LEDGER = ReliabilityLedger.of("Accengage");
    static final String KEY = "a1b2c3d4e5f6g7h8";
    static final String CAMPAIGNS = "/v1/me/apps/123/campaigns";
    private FaultDrill drill;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        withFixedClock(camel);
        return camel;
    }

    static void withFixedClock(CamelContext camel) {
        AccengageComponent component = new AccengageComponent();
        component.setClock(Clock.fixed(Instant.ofEpochSecond(1507722391L), ZoneOffset.UTC));
        camel.addComponent("accengage", component);
    }

    @BeforeEach
    void drill() {
        wm.stubFor(post("/v1/access_token").willReturn(okJson("{\"token_type\":\"Bearer\",\"access_token\":\"tok1\"}")));
        drill = new FaultDrill("Accengage", wm, context, AccengageReliabilityTest::refusal);
    }

    /** Accengage's error body for a refusal. */
    static ResponseDefinitionBuilder refusal(int status) {
        String label = status == 429 ? "API_ERR_RATE_LIMIT" : "API_ERR_SERVICE";
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"label\":\"" + label + "\",\"message\":\"try again later\"}]}");
    }

    static String at(String base, String resource, String options) {
        return "accengage:" + resource + "?apiKey=" + KEY + "&email=mymail@client.com&partnerId=123&baseUrl=" + base
               + options;
    }

    final Call me = Call.read("me", "GET", "/v1/me", okJson("{\"message\":\"Welcome\"}"),
            (base, options) -> template.requestBody(at(base, "me", options), null, JsonNode.class));
    final Call campaign = Call.read("campaign get", "GET", CAMPAIGNS + "/c1", okJson("{\"id\":\"c1\",\"name\":\"Spring\"}"),
            (base, options) -> template.requestBodyAndHeader(at(base, "campaigns", "&operation=get" + options), null,
                    AccengageConstants.CAMPAIGN_ID, "c1", JsonNode.class));

    @ParameterizedTest
    @EnumSource(Fault.class)
    void meRead(Fault fault) {
        drill.run(me, fault);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void campaignRead(Fault fault) {
        drill.run(campaign, fault);
    }

    @Test
    void campaignsConsumerThroughAFailingPageAFailingItemAndARestart(@TempDir Path dir) throws Exception {
        String pages = wm.baseUrl() + CAMPAIGNS;
        new ConsumerDrill("Accengage", wm, new ConsumerDrill.Collection() {
            @Override
            public MappingBuilder pageRequest(int page) {
                MappingBuilder request = get(urlPathEqualTo(CAMPAIGNS));
                return page == 1 ? request.withQueryParam("page", absent())
                        : request.withQueryParam("page", equalTo(String.valueOf(page)));
            }

            @Override
            public ResponseDefinitionBuilder page(int page, int first, int last, int totalPages) {
                StringBuilder items = new StringBuilder();
                for (int i = first; i <= last; i++) {
                    items.append(i > first ? "," : "").append("{\"id\":\"c").append(i).append("\"}");
                }
                String link = "<" + pages + "?page=1>; rel=\"first\""
                              + (page < totalPages ? ", <" + pages + "?page=" + (page + 1) + ">; rel=\"next\"" : "");
                return okJson("{\"campaigns\":[" + items + "]}").withHeader("Link", link);
            }

            @Override
            public String idOf(int n) {
                return "c" + n;
            }

            @Override
            public String idOf(Exchange exchange) {
                return exchange.getMessage().getBody(JsonNode.class).get("id").asText();
            }
        }, options -> at(wm.baseUrl(), "campaigns", options), AccengageReliabilityTest::withFixedClock).run(dir);
    }

    @AfterAll
    static void summary() {
        LEDGER.reportAndAssertClean();
    }
}
