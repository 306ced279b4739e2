package io.github.camelmartech.affelios;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.affelios.model.AffeliosAccepted;
import io.github.camelmartech.affelios.model.AffeliosCustomer;
import io.github.camelmartech.affelios.model.AffeliosTransaction;
import io.github.camelmartech.support.error.MarTechApiException;
import io.github.camelmartech.support.error.MarTechAuthenticationException;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.error.MarTechTransportException;
import io.github.camelmartech.support.error.MarTechValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AffeliosComponentTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String KEY = "5XPmdXTl8j93xI0j45b6a3fd-1062-4c11-b434-b8de3e4eafeb";

    private static String uri(String resource, String options) {
        return "affelios:" + resource + "?apiKey=" + KEY + "&baseUrl=" + wm.baseUrl() + options;
    }

    private static AffeliosCustomer customer() {
        AffeliosCustomer c = new AffeliosCustomer();
        c.setExternalId("cust-1");
        c.setExternalBrandId("brand-9");
        c.setClickKey("ck-77");
        return c.registeredAt(Instant.parse("2024-01-15T10:30:00Z"));
    }

    private Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    private static Throwable failure(Exchange exchange) {
        assertThat(exchange.getException()).as("the exchange failed").isNotNull();
        return exchange.getException();
    }

    @Test
    void createsACustomerWithTheRequiredFields() {
        wm.stubFor(post("/api/v1/customer").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"aff-123\",\"externalId\":\"cust-1\",\"tracking\":{\"affiliateId\":\"a1\"},"
                          + "\"lifetimeDeposits\":0}")));

        AffeliosCustomer created = template.requestBody(uri("customers", ""), customer(), AffeliosCustomer.class);

        assertThat(created.getId()).isEqualTo("aff-123");
        assertThat(created.getTracking().get("affiliateId").asText()).isEqualTo("a1");
        assertThat(created.getOther()).containsEntry("lifetimeDeposits", 0);
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/customer"))
                .withHeader("X-Api-Key", equalTo(KEY))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"externalId\":\"cust-1\",\"externalBrandId\":\"brand-9\","
                                             + "\"registrationDate\":\"2024-01-15T10:30:00Z\",\"clickKey\":\"ck-77\"}")));
    }

    @Test
    void acceptsAMapOrAJsonStringAndKeepsFieldsTheModelDoesNotName() {
        wm.stubFor(post("/api/v1/customer").willReturn(okJson("{\"id\":\"aff-1\"}")));

        template.requestBody(uri("customers", ""), Map.of("externalId", "c1", "externalBrandId", "b1",
                "registrationDate", "2024-01-15T10:30:00.000Z", "campaignId", "camp-5"));
        template.requestBody(uri("customers", ""), "{\"externalId\":\"c2\",\"externalBrandId\":\"b1\","
                                                  + "\"registrationDate\":\"2024-01-15T10:30:00+00:00\"}");

        wm.verify(postRequestedFor(urlEqualTo("/api/v1/customer")).withRequestBody(equalToJson(
                "{\"externalId\":\"c1\",\"externalBrandId\":\"b1\",\"registrationDate\":\"2024-01-15T10:30:00Z\","
                + "\"campaignId\":\"camp-5\"}")));
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/customer")).withRequestBody(equalToJson(
                "{\"externalId\":\"c2\",\"externalBrandId\":\"b1\",\"registrationDate\":\"2024-01-15T10:30:00Z\"}")));
    }

    @Test
    void aRegistrationDateWithAnyOffsetIsSentAsAZuluTimestamp() {
        wm.stubFor(post("/api/v1/customer").willReturn(okJson("{\"id\":\"aff-1\"}")));

        template.requestBody(uri("customers", ""), Map.of("externalId", "c1", "externalBrandId", "b1",
                "registrationDate", "2024-01-15T12:30:00+02:00"));
        template.requestBody(uri("customers", ""), "{\"externalId\":\"c2\",\"externalBrandId\":\"b1\","
                                                  + "\"registrationDate\":\"2024-01-15T10:30:00.250+00:00\"}");

        wm.verify(postRequestedFor(urlEqualTo("/api/v1/customer")).withRequestBody(equalToJson(
                "{\"externalId\":\"c1\",\"externalBrandId\":\"b1\",\"registrationDate\":\"2024-01-15T10:30:00Z\"}")));
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/customer")).withRequestBody(equalToJson(
                "{\"externalId\":\"c2\",\"externalBrandId\":\"b1\",\"registrationDate\":\"2024-01-15T10:30:00.250Z\"}")));
    }

    @Test
    void aMapWithTheDocumentsFieldNamesIsAccepted() {
        wm.stubFor(post("/api/v1/customer").willReturn(okJson("{\"id\":\"aff-1\"}")));

        template.requestBody(uri("customers", ""), Map.of("ExternalId", "c1", "ExternalBrandId", "b1",
                "RegistrationDate", "2024-01-15T10:30:00Z", "ClickKey", "ck-1"));

        wm.verify(postRequestedFor(urlEqualTo("/api/v1/customer")).withRequestBody(equalToJson(
                "{\"externalId\":\"c1\",\"externalBrandId\":\"b1\",\"registrationDate\":\"2024-01-15T10:30:00Z\","
                + "\"clickKey\":\"ck-1\"}")));
    }

    @Test
    void theUndocumentedClickIdAliasIsSentOnlyWhenAskedFor() {
        wm.stubFor(post("/api/v1/customer").willReturn(okJson("{\"id\":\"aff-1\"}")));

        template.requestBody(uri("customers", ""), customer());
        template.requestBody(uri("customers", "&sendClickIdAlias=true"), customer());

        List<String> bodies = wm.findAll(postRequestedFor(urlEqualTo("/api/v1/customer"))).stream()
                .map(r -> r.getBodyAsString()).toList();
        assertThat(bodies.get(0)).contains("\"clickKey\":\"ck-77\"").doesNotContain("clickId");
        assertThat(bodies.get(1)).contains("\"clickKey\":\"ck-77\"").contains("\"clickId\":\"ck-77\"");
    }

    @Test
    void anEmptyAnswerToACreateIsACreatedCustomerNotAFailure() {
        wm.stubFor(post("/api/v1/customer").willReturn(aResponse().withStatus(201)));

        Exchange result = send(uri("customers", ""), customer(), Map.of());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(201);
        assertThat(result.getMessage().getBody()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"externalBrandId\":\"b\",\"registrationDate\":\"2024-01-15T10:30:00Z\"}|externalId: is required",
            "{\"externalId\":\"c\",\"registrationDate\":\"2024-01-15T10:30:00Z\"}|externalBrandId: is required",
            "{\"externalId\":\"c\",\"externalBrandId\":\"b\"}|registrationDate: is required",
            "{\"externalId\":\"c\",\"externalBrandId\":\"b\",\"registrationDate\":\"2024-01-15 10:30\"}|body.registrationDate: must be an ISO-8601 timestamp such as 2024-01-15T10:30:00Z",
            "{\"externalId\":|body: must be a AffeliosCustomer, a Map or JSON of that shape" })
    void aCustomerMissingARequiredFieldIsRejectedBeforeSending(String body, String message) {
        Throwable e = failure(send(uri("customers", ""), body, Map.of()));

        assertThat(e).isInstanceOf(MarTechInvalidInputException.class).hasMessageStartingWith(message);
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void getsAndUpdatesACustomerByItsAffeliosId() {
        wm.stubFor(get("/api/v1/customer/aff%2F1").willReturn(okJson("{\"id\":\"aff/1\",\"hasDeposited\":true}")));
        wm.stubFor(put("/api/v1/customer/aff-2").willReturn(okJson("{\"id\":\"aff-2\",\"username\":\"neo\"}")));

        AffeliosCustomer got = template.requestBodyAndHeaders(uri("customers", ""), null,
                Map.of(AffeliosConstants.OPERATION, "get", AffeliosConstants.CUSTOMER_ID, "aff/1"), AffeliosCustomer.class);
        AffeliosCustomer updated = template.requestBody(uri("customers", "&operation=update&customerId=aff-2"),
                Map.of("username", "neo"), AffeliosCustomer.class);

        assertThat(got.getHasDeposited()).isTrue();
        assertThat(updated.getUsername()).isEqualTo("neo");
        wm.verify(getRequestedFor(urlEqualTo("/api/v1/customer/aff%2F1")).withHeader("X-Api-Key", equalTo(KEY)));
        wm.verify(putRequestedFor(urlEqualTo("/api/v1/customer/aff-2")).withRequestBody(equalToJson("{\"username\":\"neo\"}")));
    }

    @Test
    void getWithoutACustomerIdNamesTheOption() {
        Throwable e = failure(send(uri("customers", "&operation=get"), null, Map.of()));

        assertThat(e).isInstanceOf(MarTechInvalidInputException.class).hasMessageStartingWith("customerId: is required");
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aTransactionIsAcceptedNotProcessed() {
        wm.stubFor(post("/api/v1/transaction").willReturn(aResponse().withStatus(202)));
        AffeliosTransaction t = new AffeliosTransaction();
        t.setExternalId("tx-1");
        t.setType("deposit");
        t.setExternalCustomerId("cust-1");
        t.setDepositAmount(25.5);
        t.at(Instant.parse("2024-02-01T08:00:00Z"));

        Exchange out = send(uri("transactions", ""), t, Map.of());

        assertThat(out.getMessage().getBody()).isEqualTo(new AffeliosAccepted(202, 1, 1));
        assertThat(out.getMessage().getHeader(AffeliosConstants.ACCEPTED_COUNT)).isEqualTo(1);
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/transaction")).withHeader("X-Api-Key", equalTo(KEY))
                .withRequestBody(equalToJson("{\"externalId\":\"tx-1\",\"type\":\"deposit\",\"externalCustomerId\":"
                                             + "\"cust-1\",\"depositAmount\":25.5,\"transactionDate\":\"2024-02-01T08:00:00Z\"}")));
    }

    @Test
    void aTransactionIsNeverSentTwiceAfterAReadTimeout() throws InterruptedException {
        wm.stubFor(post("/api/v1/transaction").willReturn(aResponse().withStatus(202).withFixedDelay(1500)));

        Throwable e = failure(send(uri("transactions", "&responseTimeout=300"), Map.of("externalId", "tx-1"), Map.of()));

        assertThat(e).isInstanceOfSatisfying(MarTechTransportException.class,
                t -> assertThat(t.isMayHaveReachedVendor()).isTrue());
        // WireMock journals a request only once it has rendered the answer: a cold, loaded server may do that after
        // the client's timeout, so wait for it (the client has given up by now: nothing more can arrive)
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (wm.findAll(postRequestedFor(urlEqualTo("/api/v1/transaction"))).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/transaction")));
    }

    @Test
    void aRateLimitedTransactionIsSentAgainBecauseTheVendorRefusedIt() {
        wm.stubFor(post("/api/v1/transaction").inScenario("rl").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        wm.stubFor(post("/api/v1/transaction").inScenario("rl").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(202)));

        AffeliosAccepted accepted = template.requestBody(uri("transactions", ""), Map.of("externalId", "tx-1"),
                AffeliosAccepted.class);

        assertThat(accepted.count()).isEqualTo(1);
        wm.verify(2, postRequestedFor(urlEqualTo("/api/v1/transaction")));
    }

    @Test
    void aListOfTransactionsBecomesBatchCallsOfTheConfiguredSizeAndPath() {
        wm.stubFor(post("/api/v2/tx/batch").willReturn(aResponse().withStatus(202)));
        List<Map<String, Object>> transactions = List.of(Map.of("externalId", "t1"), Map.of("externalId", "t2"),
                Map.of("externalId", "t3"), Map.of("externalId", "t4"), Map.of("externalId", "t5"));

        AffeliosAccepted accepted = template.requestBody(uri("transactions", "&batchSize=2&batchPath=/api/v2/tx/batch"),
                transactions, AffeliosAccepted.class);

        assertThat(accepted).isEqualTo(new AffeliosAccepted(202, 5, 3));
        wm.verify(3, postRequestedFor(urlEqualTo("/api/v2/tx/batch")));
        wm.verify(postRequestedFor(urlEqualTo("/api/v2/tx/batch"))
                .withRequestBody(equalToJson("[{\"externalId\":\"t1\"},{\"externalId\":\"t2\"}]")));
        wm.verify(postRequestedFor(urlEqualTo("/api/v2/tx/batch"))
                .withRequestBody(equalToJson("[{\"externalId\":\"t5\"}]")));
    }

    @Test
    void aBatchFailingPartWaySaysHowManyWereAccepted() {
        wm.stubFor(post("/api/v1/transaction/batch").withRequestBody(containing("t1"))
                .willReturn(aResponse().withStatus(202)));
        wm.stubFor(post("/api/v1/transaction/batch").withRequestBody(containing("t3"))
                .willReturn(aResponse().withStatus(500)));

        Exchange out = send(uri("transactions", "&batchSize=2"), List.of(Map.of("externalId", "t1"),
                Map.of("externalId", "t2"), Map.of("externalId", "t3"), Map.of("externalId", "t4"),
                Map.of("externalId", "t5")), Map.of());

        assertThat(failure(out)).isInstanceOfSatisfying(AffeliosPartialBatchException.class, e -> {
            assertThat(e.getAcceptedCount()).isEqualTo(2);
            assertThat(e.getTotalCount()).isEqualTo(5);
        });
        assertThat(out.getMessage().getHeader(AffeliosConstants.ACCEPTED_COUNT)).isEqualTo(2);
        wm.verify(2, postRequestedFor(urlEqualTo("/api/v1/transaction/batch")));
    }

    @Test
    void aBadTransactionInAListIsNamedByItsIndexBeforeAnythingIsSent() {
        Throwable e = failure(send(uri("transactions", ""), List.of(Map.of("externalId", "t1"),
                Map.of("externalId", "t2", "transactionDate", "yesterday")), Map.of()));

        assertThat(e).isInstanceOf(MarTechInvalidInputException.class)
                .hasMessageStartingWith("body[1].transactionDate: must be an ISO-8601 timestamp");
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aBatchSizeOrBatchPathThatCannotWorkIsRefusedBeforeAnythingIsSent() {
        List<Map<String, Object>> transactions = List.of(Map.of("externalId", "t1"));

        assertThat(failure(send(uri("transactions", "&batchSize=0"), transactions, Map.of())))
                .isInstanceOf(MarTechInvalidInputException.class)
                .hasMessage("batchSize: must be 1 or more (from option batchSize)");
        assertThat(failure(send(uri("transactions", "&batchPath=api/{v}/batch"), transactions, Map.of())))
                .isInstanceOf(MarTechInvalidInputException.class)
                .hasMessage("batchPath: must be a path relative to baseUrl, starting with / (from option batchPath)");
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void thereIsNoConsumerBecauseAffeliosHasNoListEndpoints() {
        AffeliosEndpoint endpoint = context.getEndpoint(uri("customers", ""), AffeliosEndpoint.class);

        assertThatThrownBy(() -> endpoint.createConsumer(exchange -> { }))
                .isInstanceOf(MarTechInvalidInputException.class)
                .hasMessage("resource: customers cannot be polled; Affelios has no polling consumer (use it as a producer)");
    }

    @Test
    void problemDetailsBecomeATypedExceptionWithTheBodyKeptVerbatim() {
        String problem = "{\"type\":\"https://tools.ietf.org/html/rfc7231#section-6.5.1\",\"title\":\"One or more"
                         + " validation errors occurred.\",\"status\":400,\"detail\":\"bad customer\","
                         + "\"errors\":{\"ExternalId\":[\"The ExternalId field is required.\"]},\"traceId\":\"00-abc-01\"}";
        wm.stubFor(post("/api/v1/customer").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(problem)));

        Throwable e = failure(send(uri("customers", ""), customer(), Map.of()));

        assertThat(e).isInstanceOfSatisfying(MarTechValidationException.class, v -> {
            assertThat(v.getStatus()).isEqualTo(400);
            assertThat(v.getRequestId()).isEqualTo("00-abc-01");
            assertThat(v.getVendorMessage()).isEqualTo("One or more validation errors occurred.: bad customer");
            assertThat(v.getDetails()).containsEntry("body", problem)
                    .containsEntry("errors", Map.of("ExternalId", List.of("The ExternalId field is required.")));
        });
    }

    @ParameterizedTest
    @CsvSource({ "401,MarTechAuthenticationException", "403,MarTechAuthenticationException",
                 "404,MarTechNotFoundException", "409,MarTechConflictException", "422,MarTechValidationException",
                 "500,MarTechServerException" })
    void documentedStatusesMapToTypedExceptionsAndUnknownBodiesAreKept(int status, String type) {
        wm.stubFor(get("/api/v1/customer/x").willReturn(aResponse().withStatus(status).withBody("Nope: plain text")));

        Throwable e = failure(send(uri("customers", "&operation=get&customerId=x&maxRetries=0"), null, Map.of()));

        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(((MarTechApiException) e).getDetails()).containsEntry("body", "Nope: plain text");
        assertThat(e.getMessage()).doesNotContain(KEY);
    }

    @Test
    void theRequestResourceReachesAnyOtherPathWithTheKey() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/affiliate")).willReturn(okJson("[{\"id\":\"a1\"}]")));

        JsonNode affiliates = template.requestBodyAndHeaders(uri("request", "&path=/api/v1/affiliate"), null,
                Map.of(AffeliosConstants.QUERY, Map.of("page", 2)), JsonNode.class);

        assertThat(affiliates.get(0).get("id").asText()).isEqualTo("a1");
        wm.verify(getRequestedFor(urlEqualTo("/api/v1/affiliate?page=2")).withHeader("X-Api-Key", equalTo(KEY)));
    }

    @Test
    void theKeyIsSecretInTheCatalogAndMaskedInTheUri() {
        EndpointUriFactory factory = context.getCamelContextExtension().getEndpointUriFactory("affelios");
        AffeliosEndpoint endpoint = context.getEndpoint(uri("customers", ""), AffeliosEndpoint.class);

        assertThat(factory.secretPropertyNames()).contains("apiKey");
        assertThat(factory.propertyNames()).contains("batchSize", "batchPath", "customerId", "maxRetries", "baseUrl");
        assertThat(endpoint.toString()).contains("apiKey=xxxxxx").doesNotContain(KEY);
        assertThat(endpoint.getConfiguration().getBatchPath()).isEqualTo("/api/v1/transaction/batch");
        assertThat(new AffeliosEndpoint("affelios:customers", new AffeliosComponent(), new AffeliosConfiguration())
                .baseUrl()).isEqualTo("https://platform.affelios.com");
    }

    @Test
    void aMissingKeyFailsAtTheFirstCallNamingTheOption() {
        assertThatThrownBy(() -> template.requestBody("affelios:customers?baseUrl=" + wm.baseUrl(), customer()))
                .hasStackTraceContaining("apiKey: is required");
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void unauthenticatedCallsAndUnknownOperationsFail() {
        wm.stubFor(post("/api/v1/customer").willReturn(aResponse().withStatus(401)));

        assertThat(failure(send(uri("customers", ""), customer(), Map.of())))
                .isInstanceOf(MarTechAuthenticationException.class);
        assertThat(failure(send(uri("customers", "&operation=delete"), customer(), Map.of())))
                .isInstanceOf(MarTechInvalidInputException.class).hasMessageContaining("one of [create, get, update]");
    }
}
