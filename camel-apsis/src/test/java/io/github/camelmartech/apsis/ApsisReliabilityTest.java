package io.github.camelmartech.apsis;

import java.nio.file.Path;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.camelmartech.support.testing.ConsumerDrill;
import io.github.camelmartech.support.testing.FaultDrill;
import io.github.camelmartech.support.testing.FaultDrill.Call;
import io.github.camelmartech.support.testing.FaultDrill.Fault;
import io.github.camelmartech.support.testing.ReliabilityLedger;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/**
 * APSIS Pro under faults: SMS and transactional e-mail sends and a mailing-list create reach APSIS at most once under
 * every fault, a read recovers, and the mailing-list consumer loses and repeats nothing through a failing page, a
 * failing item and a restart. APSIS has no callbacks. Prints the vendor's reliability summary line.
 */
class ApsisReliabilityTest extends ApsisTestSupport {

    static final ReliabilityLedger LEDGER = ReliabilityLedger.of("APSIS");
    private FaultDrill drill;

    @BeforeEach
    void drill() {
        drill = new FaultDrill("APSIS", wm, context, ApsisReliabilityTest::refusal);
    }

    /** APSIS's envelope for a refusal: -9 rate limit for 429, -5 busy for 503 (the seed's code table). */
    static ResponseDefinitionBuilder refusal(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(status == 429 ? "{\"Code\":-9,\"Message\":\"Rate Limit\",\"Result\":null}"
                        : "{\"Code\":-5,\"Message\":\"Busy\",\"Result\":null}");
    }

    static String at(String base, String resource, String options) {
        return "apsis:" + resource + "?apiKey=" + KEY + "&baseUrl=" + base + "&clock=#fakeClock&sleeper=#fakeSleeper"
               + options;
    }

    final Call sms = Call.send("sms send", "POST", "/sms/v2/", okJson(envelope("1")), true,
            (base, options) -> template.requestBody(at(base, "sms", "&operation=send" + options),
                    Map.of("Message", "Your order shipped", "CountryCode", "46", "PhoneNumber", "701234567")));
    final Call email = Call.send("transactional sendEmail", "POST", "/v1/transactional/projects/3/sendEmail",
            okJson(envelope("\"t-1\"")), true,
            (base, options) -> template.requestBodyAndHeader(at(base, "transactional", "&operation=sendEmail" + options),
                    Map.of("Email", "a@b.com", "SendingType", "t"), ApsisConstants.PROJECT_ID, 3));
    final Call listCreate = Call.send("mailing list create", "POST", "/v1/mailinglists/", okJson(envelope("42")), true,
            (base, options) -> template.requestBody(at(base, "mailinglists", "&operation=create" + options),
                    Map.of("Name", "News", "FromEmail", "news@acme.com", "CharacterSet", "utf-8")));
    final Call listGet = Call.read("mailing list get", "GET", "/v1/mailinglists/7",
            okJson(envelope("{\"Id\":7,\"Name\":\"News\"}")),
            (base, options) -> template.requestBodyAndHeader(at(base, "mailinglists", "&operation=get" + options), null,
                    ApsisConstants.MAILING_LIST_ID, 7));

    @ParameterizedTest
    @EnumSource(Fault.class)
    void smsSend(Fault fault) {
        drill.run(sms, fault);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void transactionalEmailSend(Fault fault) {
        drill.run(email, fault);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void mailingListCreate(Fault fault) {
        drill.run(listCreate, fault);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void mailingListGet(Fault fault) {
        drill.run(listGet, fault);
    }

    @Test
    void mailingListsConsumerThroughAFailingPageAFailingItemAndARestart(@TempDir Path dir) throws Exception {
        new ConsumerDrill("APSIS", wm, new ConsumerDrill.Collection() {
            @Override
            public MappingBuilder pageRequest(int page) {
                return get(urlEqualTo("/v1/mailinglists/" + page + "/" + ConsumerDrill.PAGE_SIZE));
            }

            @Override
            public ResponseDefinitionBuilder page(int page, int first, int last, int totalPages) {
                StringBuilder items = new StringBuilder();
                for (int i = first; i <= last; i++) {
                    items.append(i > first ? "," : "").append("{\"Id\":").append(i).append(",\"Name\":\"List ")
                            .append(i).append("\"}");
                }
                return okJson(envelope("{\"TotalCount\":" + ConsumerDrill.ITEMS + ",\"TotalPages\":" + totalPages
                                       + ",\"Items\":[" + items + "]}"));
            }

            @Override
            public String idOf(int n) {
                return String.valueOf(n);
            }

            @Override
            public String idOf(Exchange exchange) {
                return exchange.getMessage().getHeader(ApsisConstants.ITEM_ID, String.class);
            }
        }, options -> uri("mailinglists", "&pageSize=" + ConsumerDrill.PAGE_SIZE + options), camel -> {
            camel.getRegistry().bind("fakeClock", time);
            camel.getRegistry().bind("fakeSleeper", time.sleeper());
        }).run(dir);
    }

    @AfterAll
    static void summary() {
        LEDGER.reportAndAssertClean();
    }
}
