package io.github.camelmartech.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.affelios.AffeliosConstants;
import io.github.camelmartech.affelios.model.AffeliosAccepted;
import io.github.camelmartech.affelios.model.AffeliosCustomer;
import io.github.camelmartech.sandbox.affelios.AffeliosFailedTransaction;
import io.github.camelmartech.sandbox.affelios.AffeliosSandbox;
import io.github.camelmartech.sandbox.affelios.AffeliosSimulator;
import io.github.camelmartech.support.error.MarTechAuthenticationException;
import io.github.camelmartech.support.error.MarTechConflictException;
import io.github.camelmartech.support.error.MarTechValidationException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Affelios simulator driven by the real camel-affelios component, as a user's test would. */
@AffeliosSandbox
class AffeliosSimulatorTest extends SandboxCamelTest {

    AffeliosSimulatorTest() {
        super("affelios");
    }

    private static AffeliosCustomer create(ProducerTemplate producer, String externalId) {
        return producer.requestBody("affelios:customers", Map.of("externalId", externalId, "externalBrandId", "brand-1",
                "registrationDate", "2024-01-15T10:30:00.000Z", "clickKey", "click-" + externalId, "username", "neo"),
                AffeliosCustomer.class);
    }

    private static AffeliosCustomer get(ProducerTemplate producer, String id) {
        return producer.requestBodyAndHeader("affelios:customers?operation=get", null, AffeliosConstants.CUSTOMER_ID, id,
                AffeliosCustomer.class);
    }

    @Test
    void aCreatedCustomerIsReadBackAndADuplicateIsAConflict(AffeliosSimulator affelios) {
        ProducerTemplate producer = start(affelios.componentOptions());
        AffeliosCustomer created = create(producer, "cust-1");
        assertThat(created.getId()).isNotBlank();
        assertThat(created.getTracking().path("clickId").asText()).isEqualTo("click-cust-1");
        assertThat(created.getOther()).containsKeys("createdTs", "transactions", "lifetimeDeposits");

        AffeliosCustomer read = get(producer, created.getId());
        assertThat(read.getExternalId()).isEqualTo("cust-1");
        assertThat(read.getUsername()).isEqualTo("neo");
        assertThat(read.getHasDeposited()).isFalse();
        assertThat(read.getLifetimeRevenue()).isZero();

        assertThatThrownBy(() -> create(producer, "cust-1")).isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(MarTechConflictException.class);
        AffeliosCustomer otherBrand = producer.requestBody("affelios:customers", Map.of("externalId", "cust-1",
                "externalBrandId", "brand-2", "registrationDate", "2024-01-15T10:30:00.000Z"), AffeliosCustomer.class);
        assertThat(otherBrand.getTracking().path("campaignName").asText()).as("no click key: organic")
                .isEqualTo("Organic Tracking");
    }

    @Test
    void anUpdateChangesTheCustomerButNotAffeliosOwnFields(AffeliosSimulator affelios) {
        ProducerTemplate producer = start(affelios.componentOptions());
        AffeliosCustomer created = create(producer, "cust-1");

        AffeliosCustomer updated = producer.requestBodyAndHeader("affelios:customers?operation=update",
                Map.of("username", "trinity", "country", "GR", "lifetimeRevenue", 1_000_000),
                AffeliosConstants.CUSTOMER_ID, created.getId(), AffeliosCustomer.class);
        assertThat(updated.getUsername()).isEqualTo("trinity");
        assertThat(updated.getCountry()).isEqualTo("GR");
        assertThat(updated.getExternalId()).isEqualTo("cust-1");
        assertThat(updated.getLifetimeRevenue()).as("figures come from transactions only").isZero();
        assertThat(get(producer, created.getId()).getUsername()).isEqualTo("trinity");
    }

    @Test
    void queuedTransactionsMoveTheirCustomersFigures(AffeliosSimulator affelios) throws Exception {
        ProducerTemplate producer = start(affelios.componentOptions());
        String id = create(producer, "cust-1").getId();

        AffeliosAccepted single = producer.requestBody("affelios:transactions", Map.of("externalId", "t1", "type",
                "Deposit", "externalCustomerId", "cust-1", "externalBrandId", "brand-1", "transactionDate",
                "2024-02-01T09:00:00.000Z", "depositAmount", 100.5), AffeliosAccepted.class);
        assertThat(single.status()).isEqualTo(202);
        AffeliosAccepted batch = producer.requestBody("affelios:transactions?batchSize=2", List.of(
                Map.of("externalId", "t2", "externalCustomerId", "cust-1", "externalBrandId", "brand-1",
                        "depositAmount", 50, "grossRevenue", 20.25),
                Map.of("externalId", "t3", "externalCustomerId", "cust-1", "externalBrandId", "brand-1",
                        "grossRevenue", 4.75, "revShareCommission", 1.5, "cpaCommission", 10)), AffeliosAccepted.class);
        assertThat(batch).isEqualTo(new AffeliosAccepted(202, 2, 1));

        Eventually.until("the transactions processed", () -> affelios.pendingTransactions() == 0
                && affelios.customer(id).orElseThrow().path("transactions").size() == 3);
        AffeliosCustomer customer = get(producer, id);
        assertThat(customer.getHasDeposited()).isTrue();
        assertThat(customer.getLifetimeRevenue()).isEqualTo(25.0);
        assertThat(((Number) customer.getOther().get("lifetimeDeposits")).doubleValue()).isEqualTo(150.5);
        assertThat(((Number) customer.getOther().get("lifetimeCommission")).doubleValue()).isEqualTo(11.5);
        assertThat(((Number) customer.getOther().get("firstDepositAmount")).doubleValue()).isEqualTo(100.5);
        assertThat(customer.getOther().get("ftdDate")).as("the date as sent: Zulu").isEqualTo("2024-02-01T09:00:00Z");
        assertThat(affelios.failedTransactions()).isEmpty();
    }

    @Test
    void aTransactionForAnUnknownCustomerIsAcceptedThenParkedAsFailed(AffeliosSimulator affelios) throws Exception {
        ProducerTemplate producer = start(affelios.componentOptions());
        AffeliosAccepted accepted = producer.requestBody("affelios:transactions", Map.of("externalId", "t9",
                "externalCustomerId", "nobody", "externalBrandId", "brand-1", "depositAmount", 10), AffeliosAccepted.class);
        assertThat(accepted.status()).as("processing failures never reach the HTTP answer").isEqualTo(202);

        Eventually.until("the failure", () -> !affelios.failedTransactions().isEmpty());
        AffeliosFailedTransaction failed = affelios.failedTransactions().get(0);
        assertThat(failed.transaction().path("externalId").asText()).isEqualTo("t9");
        assertThat(failed.reason()).contains("nobody");
    }

    @Test
    void invalidFieldsAreAValidationProblem(AffeliosSimulator affelios) throws Exception {
        ProducerTemplate producer = start(affelios.componentOptions());
        // the component checks types itself, so the untyped request resource carries what it would refuse
        assertThatThrownBy(() -> producer.requestBody("affelios:request?httpMethod=POST&path=/api/v1/transaction",
                "{\"externalId\":\"t1\",\"depositAmount\":\"lots\"}")).cause()
                .isInstanceOf(MarTechValidationException.class).hasMessageContaining("depositAmount");
        assertThat(affelios.pendingTransactions()).isZero();

        HttpResponse<String> refused = raw(affelios, affelios.apiKey(), "POST", "/api/v1/customer",
                "{\"externalId\":\"c\",\"registrationDate\":\"yesterday\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = SimJson.mapper().readTree(refused.body());
        assertThat(problem.path("title").asText()).isEqualTo("One or more validation errors occurred.");
        assertThat(problem.path("errors").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("registrationDate", "externalBrandId");
    }

    @Test
    void aWrongKeyIsRefusedWithAProblemBody(AffeliosSimulator affelios) throws Exception {
        Map<String, String> wrong = new HashMap<>(affelios.componentOptions());
        wrong.put("apiKey", "not-the-key");
        ProducerTemplate producer = start(wrong);
        assertThatThrownBy(() -> get(producer, "any")).cause().isInstanceOf(MarTechAuthenticationException.class);

        for (String key : new String[] {"not-the-key", null}) {
            HttpResponse<String> refused = raw(affelios, key, "GET", "/api/v1/customer/any", null);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
            JsonNode problem = SimJson.mapper().readTree(refused.body());
            assertThat(problem.fieldNames()).toIterable().containsExactly("type", "title", "status", "traceId");
            assertThat(problem.path("type").asText()).isEqualTo("https://tools.ietf.org/html/rfc9110#section-15.5.2");
            assertThat(problem.path("title").asText()).isEqualTo("Unauthorized");
            assertThat(problem.path("status").asInt()).isEqualTo(401);
            assertThat(problem.path("traceId").asText()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00");
        }
    }

    @Test
    void anUnavailableGetIsRetriedAfterTheWaitAsked(AffeliosSimulator affelios) {
        ProducerTemplate producer = start(affelios.componentOptions());
        String id = create(producer, "cust-1").getId();
        affelios.faults().unavailable(1, Duration.ZERO);

        assertThat(get(producer, id).getExternalId()).isEqualTo("cust-1");
        affelios.wireMock().verify(2, getRequestedFor(urlEqualTo("/api/v1/customer/" + id)));
    }

    private static HttpResponse<String> raw(AffeliosSimulator affelios, String key, String method, String path,
                                            String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(affelios.baseUrl() + path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
