package io.github.camelmartech.getresponse;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.camelmartech.support.testing.ConsumerDrill;
import io.github.camelmartech.support.testing.FaultDrill;
import io.github.camelmartech.support.testing.FaultDrill.Call;
import io.github.camelmartech.support.testing.FaultDrill.Fault;
import io.github.camelmartech.support.testing.ReliabilityLedger;
import io.github.camelmartech.support.testing.WebhookDrill;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/**
 * GetResponse under faults: newsletter and contact creates reach GetResponse at most once under every fault, reads
 * recover, the contacts consumer loses and repeats nothing through a failing page, a failing item and a restart, and
 * the callbacks webhook refuses what it must. Prints the vendor's reliability summary line.
 */
class GetResponseReliabilityTest extends GetResponseTestSupport {

    static final ReliabilityLedger LEDGER = ReliabilityLedger.of("GetResponse");
    static final String NEWSLETTER = "{\"newsletterId\":\"N1\",\"subject\":\"Spring\",\"status\":\"scheduled\","
                                     + "\"campaign\":{\"campaignId\":\"p86zQ\"}}";
    private final int webhookPort = AvailablePortFinder.getNextAvailable();
    private FaultDrill drill;

    @BeforeEach
    void drill() {
        drill = new FaultDrill("GetResponse", wm, context, GetResponseReliabilityTest::refusal);
    }

    /** GetResponse's error body for a refusal (1015 is its throttling code). */
    static ResponseDefinitionBuilder refusal(int status) {
        int code = status == 429 ? 1015 : 1;
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"httpStatus\":" + status + ",\"code\":" + code + ",\"codeDescription\":\"Refused for now\","
                          + "\"message\":\"Try again later\",\"moreInfo\":\"https://apidocs.getresponse.com/v3/errors/"
                          + code + "\",\"context\":{},\"uuid\":\"5f0c3a3e-drill\"}");
    }

    static String at(String base, String resource, String options) {
        return "getresponse:" + resource + "?apiKey=" + KEY + "&baseUrl=" + base + "/v3" + options;
    }

    private Object call(String uri, String operation, String id, Object body) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(GetResponseConstants.OPERATION, operation);
        if (id != null) {
            headers.put(GetResponseConstants.ID, id);
        }
        return template.requestBodyAndHeaders(uri, body, headers);
    }

    final Call newsletter = Call.send("newsletter create", "POST", "/v3/newsletters",
            aResponse().withStatus(201).withHeader("Content-Type", JSON).withBody(NEWSLETTER), true,
            (base, options) -> call(at(base, "newsletters", options), "create", null, Map.of("subject", "Spring",
                    "name", "spring", "campaign", Map.of("campaignId", "p86zQ"), "fromField", Map.of("fromFieldId", "F1"),
                    "content", Map.of("html", "<p>Hi</p>"), "sendSettings", Map.of("selectedCampaigns", List.of("p86zQ")))));
    final Call contact = Call.send("contact create", "POST", "/v3/contacts", aResponse().withStatus(202), false,
            (base, options) -> call(at(base, "contacts", "&campaignId=p86zQ" + options), "create", null,
                    Map.of("email", "ann@example.com")));
    final Call contactGet = Call.read("contact get", "GET", "/v3/contacts/pV3r",
            okJson("{\"contactId\":\"pV3r\",\"email\":\"ann@example.com\"}"),
            (base, options) -> call(at(base, "contacts", options), "get", "pV3r", null));

    @ParameterizedTest
    @EnumSource(Fault.class)
    void newsletterCreate(Fault fault) {
        drill.run(newsletter, fault);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void contactCreate(Fault fault) {
        drill.run(contact, fault);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void contactGet(Fault fault) {
        drill.run(contactGet, fault);
    }

    @Test
    void contactsConsumerThroughAFailingPageAFailingItemAndARestart(@TempDir Path dir) throws Exception {
        new ConsumerDrill("GetResponse", wm, new ConsumerDrill.Collection() {
            @Override
            public MappingBuilder pageRequest(int page) {
                return get(urlPathEqualTo("/v3/contacts")).withQueryParam("page", equalTo(String.valueOf(page)));
            }

            @Override
            public ResponseDefinitionBuilder page(int page, int first, int last, int totalPages) {
                StringBuilder items = new StringBuilder();
                for (int i = first; i <= last; i++) {
                    items.append(i > first ? "," : "").append(String.format("{\"contactId\":\"c%d\",\"email\":"
                            + "\"c%d@example.com\",\"createdOn\":\"2024-02-01T10:%02d:00+0000\"}", i, i, i));
                }
                return okJson("[" + items + "]").withHeader("TotalPages", String.valueOf(totalPages))
                        .withHeader("CurrentPage", String.valueOf(page))
                        .withHeader("TotalCount", String.valueOf(ConsumerDrill.ITEMS));
            }

            @Override
            public String idOf(int n) {
                return "c" + n;
            }

            @Override
            public String idOf(Exchange exchange) {
                return exchange.getMessage().getHeader(GetResponseConstants.ID, String.class);
            }
        }, options -> uri("contacts", "&campaignId=p86zQ&pageSize=4" + options), camel -> { }).run(dir);
    }

    @Test
    void callbacksWebhookRefusesWhatItMustAndTakesAValidEvent() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                restConfiguration().component("undertow").host("localhost").port(webhookPort);
                from("webhook:" + uri("callbacks", WebhookDrill.OPTIONS) + "&webhookAutoRegister=false&webhookPath=/gr")
                        .to("mock:events");
            }
        });
        new WebhookDrill("GetResponse", URI.create("http://localhost:" + webhookPort + "/gr"), getMockEndpoint("mock:events"))
                .run("""
                        {"type":"contact_opened_message","contact":{"contactId":"abc123","email":"example@example.com",
                         "campaign":{"campaignId":"bcd234"}},"account":{"accountId":"def456"},
                         "event":{"occurredAt":"2021-04-27T12:56:00+00:00"}}""", 1);
    }

    @AfterAll
    static void summary() {
        LEDGER.reportAndAssertClean();
    }
}
