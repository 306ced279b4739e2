package io.github.camelmartech.apifon;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

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
 * Apifon under faults: the gateway sends (SMS, Viber, OTP) reach Apifon at most once under every fault, reads
 * recover, the lists consumer loses and repeats nothing through a failing page, a failing item and a restart, and
 * the callbacks webhook refuses what it must. Prints the vendor's reliability summary line.
 */
class ApifonReliabilityTest extends ApifonTestSupport {

    static final ReliabilityLedger LEDGER = ReliabilityLedger.of("Apifon");
    private final int webhookPort = AvailablePortFinder.getNextAvailable();
    private FaultDrill drill;

    @BeforeEach
    void drill() {
        drill = new FaultDrill("Apifon", wm, context, ApifonReliabilityTest::refusal);
    }

    /** Apifon's error body for a refusal. */
    static ResponseDefinitionBuilder refusal(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"" + status + "\",\"title\":\"" + (status == 429 ? "Too Many Requests"
                        : "Service Unavailable") + "\",\"error_details\":{},\"error_report_code\":\"E" + status + "\"}");
    }

    static String at(String base, String resource, String options) {
        return "apifon:" + resource + "?apiToken=" + TOKEN + "&apiSecret=" + SECRET + "&clock=#fixedClock&baseUrl="
               + base + options;
    }

    final Call sms = Call.send("sms send", "POST", "/services/api/v1/sms/send", okJson(ApifonSmsTest.SEND_RESPONSE), true,
            (base, options) -> template.requestBody(at(base, "sms", "&senderId=Acme&recipients=306999999999" + options),
                    "Your order shipped"));
    final Call im = Call.send("im send", "POST", "/services/api/v1/im/send", okJson(ApifonImOtpBalanceTest.IM_RESPONSE),
            true, (base, options) -> template.requestBody(at(base, "im", "&recipients=306999999999" + options),
                    "50% off today"));
    final Call otp = Call.send("otp create", "POST", "/services/api/v1/otp/create", okJson("""
            {"request_id":"fc4a9c38","reference_id":"OTP-1","result":[{"message_id":"1c4e","custom_id":null,"length":37}],
             "result_info":{"status_code":200,"description":"OK"}}"""),
            true, (base, options) -> template.requestBodyAndHeader(at(base, "otp", options), "306999999999",
                    ApifonConstants.REFERENCE_ID, "OTP-1"));
    final Call balance = Call.read("balance", "POST", "/services/api/v1/balance",
            okJson("{\"balance\":\"9864.0\",\"reserved\":\"0.0\",\"plafon\":\"0.0\",\"subscriptions\":[]}"),
            (base, options) -> template.requestBody(at(base, "balance", options), (Object) null));
    final Call lists = Call.read("lists list", "GET", "/services/api/v1/list",
            okJson("{\"meta\":{\"page\":1,\"size\":10,\"total\":1},\"links\":{\"prev\":\"\",\"next\":\"\"},\"results\":["
                   + ApifonConsumerTest.list(1, ApifonConsumerTest.T0) + "]}"),
            (base, options) -> template.requestBody(at(base, "lists", "&pageSize=10" + options), (Object) null));

    @ParameterizedTest
    @EnumSource(Fault.class)
    void smsSend(Fault fault) {
        drill.run(sms, fault);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void viberSend(Fault fault) {
        drill.run(im, fault);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void otpCreate(Fault fault) {
        drill.run(otp, fault);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void balanceRead(Fault fault) {
        drill.run(balance, fault);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void listsRead(Fault fault) {
        drill.run(lists, fault);
    }

    @Test
    void listsConsumerThroughAFailingPageAFailingItemAndARestart(@TempDir Path dir) throws Exception {
        new ConsumerDrill("Apifon", wm, new ConsumerDrill.Collection() {
            @Override
            public MappingBuilder pageRequest(int page) {
                MappingBuilder request = get(urlPathEqualTo("/services/api/v1/list"));
                return page == 1 ? request.withQueryParam("page", absent())
                        : request.withQueryParam("page", equalTo(String.valueOf(page)));
            }

            @Override
            public ResponseDefinitionBuilder page(int page, int first, int last, int totalPages) {
                StringBuilder items = new StringBuilder();
                for (int i = first; i <= last; i++) {
                    items.append(i > first ? "," : "").append(ApifonConsumerTest.list(i, ApifonConsumerTest.T0 + i * 1000L));
                }
                String next = page < totalPages ? "https://ars.apifon.com/services/api/v1/list?sorting=date_updated"
                                                  + "&sort_dir=ASC&size=4&page=" + (page + 1) : "";
                return okJson("{\"meta\":{\"page\":" + page + ",\"size\":4,\"total\":" + ConsumerDrill.ITEMS + "},"
                              + "\"links\":{\"prev\":\"\",\"next\":\"" + next + "\"},\"results\":[" + items + "]}");
            }

            @Override
            public String idOf(int n) {
                return "L" + n;
            }

            @Override
            public String idOf(Exchange exchange) {
                return exchange.getMessage().getHeader(ApifonConstants.ITEM_ID, String.class);
            }
        }, options -> uri("lists", "&pageSize=4" + options),
                camel -> camel.getRegistry().bind("fixedClock", Clock.fixed(NOW, ZoneOffset.UTC))).run(dir);
    }

    @Test
    void callbacksWebhookRefusesWhatItMustAndSplitsAValidBatch() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                restConfiguration().component("undertow").host("localhost").port(webhookPort);
                from("webhook:apifon:callbacks?webhookAutoRegister=false&webhookPath=/apifon" + WebhookDrill.OPTIONS)
                        .to("mock:callbacks");
            }
        });
        new WebhookDrill("Apifon", URI.create("http://localhost:" + webhookPort + "/apifon"),
                getMockEndpoint("mock:callbacks")).run(ApifonWebhookTest.SMS_DLR, 2);
    }

    @AfterAll
    static void summary() {
        LEDGER.reportAndAssertClean();
    }
}
