package io.github.camelmartech.affelios;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.support.testing.FaultDrill.Call;
import io.github.camelmartech.support.testing.FaultDrill.Fault;
import io.github.camelmartech.support.testing.FaultDrill;
import io.github.camelmartech.support.testing.ReliabilityLedger;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Affelios under faults: transactions (single and batched) and customer creates reach Affelios at most once under
 * every fault, a customer read recovers. Affelios has no list endpoints and no callbacks, so no consumer or webhook
 * drill. Prints the vendor's reliability summary line.
 */
class AffeliosReliabilityTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static final ReliabilityLedger LEDGER = ReliabilityLedger.of("Affelios");
    static final String KEY = "5XPmdXTl8j93xI0j45b6a3fd-1062-4c11-b434-b8de3e4eafeb";
    static final String CUSTOMER = "{\"id\":\"aff-123\",\"externalId\":\"cust-1\",\"externalBrandId\":\"brand-9\"}";
    private FaultDrill drill;

    @BeforeEach
    void drill() {
        drill = new FaultDrill("Affelios", wm, context, AffeliosReliabilityTest::refusal);
    }

    /** Affelios' ASP.NET problem details for a refusal. */
    static ResponseDefinitionBuilder refusal(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://tools.ietf.org/html/rfc6585#section-4\",\"title\":\"Refused for now\","
                          + "\"status\":" + status + ",\"traceId\":\"00-drill-00\"}");
    }

    static String at(String base, String resource, String options) {
        return "affelios:" + resource + "?apiKey=" + KEY + "&baseUrl=" + base + options;
    }

    final Call transaction = Call.send("transaction", "POST", "/api/v1/transaction", aResponse().withStatus(202), false,
            (base, options) -> template.requestBody(at(base, "transactions", options), Map.of("externalId", "tx-1",
                    "type", "deposit", "externalCustomerId", "cust-1", "externalBrandId", "brand-9",
                    "depositAmount", 25.5, "transactionDate", "2024-02-01T08:00:00Z")));
    final Call batch = Call.send("transaction batch", "POST", "/api/v1/transaction/batch", aResponse().withStatus(202),
            false, (base, options) -> template.requestBody(at(base, "transactions", "&batchSize=10" + options),
                    List.of(Map.of("externalId", "tx-1", "type", "deposit", "transactionDate", "2024-02-01T08:00:00Z"),
                            Map.of("externalId", "tx-2", "type", "deposit", "transactionDate", "2024-02-01T08:00:01Z"))));
    final Call customerCreate = Call.send("customer create", "POST", "/api/v1/customer",
            aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CUSTOMER), true,
            (base, options) -> template.requestBody(at(base, "customers", options), Map.of("externalId", "cust-1",
                    "externalBrandId", "brand-9", "registrationDate", "2024-01-15T10:30:00Z")));
    final Call customerGet = Call.read("customer get", "GET", "/api/v1/customer/aff-123", okJson(CUSTOMER),
            (base, options) -> template.requestBody(at(base, "customers", "&operation=get&customerId=aff-123" + options),
                    (Object) null));

    @ParameterizedTest
    @EnumSource(Fault.class)
    void transactionSend(Fault fault) {
        drill.run(transaction, fault);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void transactionBatchSend(Fault fault) {
        drill.run(batch, fault);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void customerCreate(Fault fault) {
        // a 2xx without a body to a create is a success (the customer was created), not a malformed answer
        Assumptions.assumeFalse(fault == Fault.EMPTY_BODY_WHERE_JSON_WAS_EXPECTED, "an empty 2xx is a success");
        drill.run(customerCreate, fault);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void customerGet(Fault fault) {
        drill.run(customerGet, fault);
    }

    @AfterAll
    static void summary() {
        LEDGER.reportAndAssertClean();
    }
}
