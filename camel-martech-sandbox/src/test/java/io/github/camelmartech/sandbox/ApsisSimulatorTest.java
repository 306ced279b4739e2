package io.github.camelmartech.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.apsis.ApsisConstants;
import io.github.camelmartech.apsis.model.ApsisPage;
import io.github.camelmartech.apsis.model.DemDataField;
import io.github.camelmartech.apsis.model.ExportRequest;
import io.github.camelmartech.apsis.model.MailingList;
import io.github.camelmartech.apsis.model.OptOut;
import io.github.camelmartech.apsis.model.OptOutItem;
import io.github.camelmartech.apsis.model.Subscriber;
import io.github.camelmartech.sandbox.apsis.ApsisSandbox;
import io.github.camelmartech.sandbox.apsis.ApsisSimulator;
import io.github.camelmartech.support.error.MarTechAuthenticationException;
import io.github.camelmartech.support.error.MarTechNotFoundException;
import io.github.camelmartech.support.error.MarTechServerException;
import io.github.camelmartech.support.error.MarTechValidationException;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The APSIS Pro simulator driven by the real camel-apsis component, as a user's test would. */
@ApsisSandbox
class ApsisSimulatorTest {

    private CamelContext camel;

    @AfterEach
    void stopCamel() {
        if (camel != null) {
            camel.stop();
        }
    }

    /** The component pointed at the simulator; its 60-a-minute throttle and 1 s first poll pause would slow tests. */
    private ProducerTemplate start(Map<String, String> options) {
        Map<String, String> fast = new HashMap<>(options);
        fast.put("throttleRequests", "10000");
        fast.put("queuedPollInterval", "10");
        fast.put("queuedMaxPollInterval", "20");
        camel = SandboxCamel.context("apsis", fast);
        camel.start();
        return camel.createProducerTemplate();
    }

    private static long createList(ProducerTemplate apsis, String name) {
        return apsis.requestBody("apsis:mailinglists?operation=create",
                new MailingList().name(name).fromName("Acme").fromEmail("news@acme.example"), Long.class);
    }

    private static long createSubscriber(ProducerTemplate apsis, long listId, String email, String country) {
        Subscriber subscriber = new Subscriber().email(email).name("User " + email)
                .demDataFields(List.of(new DemDataField().key("Country").value(country)));
        return apsis.requestBodyAndHeader("apsis:subscribers?operation=create", subscriber,
                ApsisConstants.MAILING_LIST_ID, listId, Long.class);
    }

    private static HttpResponse<String> raw(ApsisSimulator apsis, String method, String path, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apsis.baseUrl() + path))
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCreatedListIsVisibleAndItsSubscribersArePolledBackOverThreePagesOnce(ApsisSimulator apsis) throws Exception {
        ProducerTemplate producer = start(apsis.componentOptions());
        long listId = createList(producer, "Newsletter");
        for (int i = 1; i <= 5; i++) {
            createSubscriber(producer, listId, "user" + i + "@example.com", "SE");
        }
        MailingList list = producer.requestBodyAndHeader("apsis:mailinglists?operation=get", null,
                ApsisConstants.MAILING_LIST_ID, listId, MailingList.class);
        assertThat(list.getName()).isEqualTo("Newsletter");
        assertThat(list.getCreated()).as("a /Date(ms+0000)/ date").isNotNull();
        assertThat(list.getCreated().getOffset()).isEqualTo(ZoneOffset.UTC);

        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("apsis:subscribers?mailingListId=" + listId + "&pageSize=2&delay=100").routeId("poll")
                        .to("mock:subscribers");
            }
        });
        MockEndpoint mock = camel.getEndpoint("mock:subscribers", MockEndpoint.class);
        mock.expectedMessageCount(5);
        mock.assertIsSatisfied(10_000);
        assertThat(mock.getReceivedExchanges().stream().map(e -> e.getMessage().getBody(Subscriber.class).getEmail()))
                .containsExactlyInAnyOrder("user1@example.com", "user2@example.com", "user3@example.com",
                        "user4@example.com", "user5@example.com");
        apsis.wireMock().verify(getRequestedFor(urlEqualTo("/v1/mailinglists/" + listId + "/subscribers/3/2")));

        int requestsBefore = apsis.wireMock().getAllServeEvents().size();
        Eventually.until("three more polls", () -> apsis.wireMock().getAllServeEvents().size() > requestsBefore + 3);
        assertThat(mock.getReceivedCounter()).as("unchanged polls emit nothing").isEqualTo(5);

        createSubscriber(producer, listId, "user6@example.com", "NO");
        Eventually.until("the new subscriber", () -> mock.getReceivedCounter() == 6);
        assertThat(mock.getReceivedExchanges().get(5).getMessage().getBody(Subscriber.class).getEmail())
                .isEqualTo("user6@example.com");
    }

    @Test
    void mailingListsArePaginatedWithPageAndSizeInThePath(ApsisSimulator apsis) {
        ProducerTemplate producer = start(apsis.componentOptions());
        for (int i = 1; i <= 5; i++) {
            createList(producer, "List " + i);
        }
        ApsisPage<?> page = producer.requestBodyAndHeaders("apsis:mailinglists?operation=list", null,
                Map.of(ApsisConstants.PAGE_NUMBER, 3, ApsisConstants.PAGE_SIZE, 2), ApsisPage.class);
        assertThat(page.getTotalCount()).isEqualTo(5);
        assertThat(page.getTotalPages()).isEqualTo(3);
        assertThat(page.getItems()).singleElement().isInstanceOfSatisfying(MailingList.class,
                l -> assertThat(l.getName()).isEqualTo("List 5"));
        apsis.wireMock().verify(getRequestedFor(urlEqualTo("/v1/mailinglists/3/2")));
    }

    @Test
    void aSubscriberIdIsFoundByABareJsonStringEmailAndUpdatedOnlyWhenAsked(ApsisSimulator apsis) {
        ProducerTemplate producer = start(apsis.componentOptions());
        long listId = createList(producer, "Newsletter");
        long id = createSubscriber(producer, listId, "ada@example.com", "SE");

        List<Object> ids = producer.requestBody("apsis:subscribers?operation=findByEmail", "ADA@example.com", List.class);
        assertThat(ids).containsExactly((Object) id);
        apsis.wireMock().verify(postRequestedFor(urlEqualTo("/subscribers/v3/email"))
                .withRequestBody(equalTo("\"ADA@example.com\"")));
        assertThat(producer.requestBody("apsis:subscribers?operation=findByEmail", "nobody@example.com", List.class))
                .isEmpty();

        long again = producer.requestBodyAndHeaders("apsis:subscribers?operation=create",
                new Subscriber().email("ada@example.com").name("Ada L."),
                Map.of(ApsisConstants.MAILING_LIST_ID, listId, ApsisConstants.UPDATE_IF_EXISTS, true), Long.class);
        assertThat(again).isEqualTo(id);
        Subscriber ada = producer.requestBodyAndHeader("apsis:subscribers?operation=get", null,
                ApsisConstants.SUBSCRIBER_ID, id, Subscriber.class);
        assertThat(ada.getName()).isEqualTo("Ada L.");
    }

    @Test
    void aDemographicFieldTheAccountLacksIsAValidationErrorAndAnUnknownListNotFound(ApsisSimulator apsis) {
        ProducerTemplate producer = start(apsis.componentOptions());
        long listId = createList(producer, "Newsletter");
        JsonNode demographics = producer.requestBody("apsis:demographics", null, JsonNode.class);
        assertThat(demographics.path("Demographics").findValuesAsText("Key")).contains("Country", "FirstName");

        Subscriber withUnknownField = new Subscriber().email("x@example.com")
                .demDataFields(List.of(new DemDataField().key("ShoeSize").value("44")));
        assertThatThrownBy(() -> producer.requestBodyAndHeader("apsis:subscribers?operation=create", withUnknownField,
                ApsisConstants.MAILING_LIST_ID, listId))
                .cause().isInstanceOfSatisfying(MarTechValidationException.class, e -> {
                    assertThat(e.getVendorCode()).isEqualTo("-2");
                    assertThat(e.getVendorMessage()).contains("ShoeSize");
                });
        assertThatThrownBy(() -> producer.requestBodyAndHeader("apsis:mailinglists?operation=get", null,
                ApsisConstants.MAILING_LIST_ID, 999))
                .cause().isInstanceOfSatisfying(MarTechNotFoundException.class,
                        e -> assertThat(e.getVendorCode()).isEqualTo("-3"));
    }

    @Test
    void aQueuedExportIsFollowedThroughItsStatesToItsDataFile(ApsisSimulator apsis) {
        apsis.queuedPolls(2, 1);
        ProducerTemplate producer = start(apsis.componentOptions());
        long listId = createList(producer, "Newsletter");
        createSubscriber(producer, listId, "a@example.com", "SE");
        createSubscriber(producer, listId, "b@example.com", "DK");
        createSubscriber(producer, createList(producer, "Other"), "c@example.com", "FI");

        JsonNode rows = producer.requestBodyAndHeader("apsis:mailinglists?operation=exportSubscribers",
                new ExportRequest().fieldNames(List.of("Country")), ApsisConstants.MAILING_LIST_ID, listId,
                JsonNode.class);

        assertThat(rows.findValuesAsText("Email")).containsExactly("a@example.com", "b@example.com");
        assertThat(rows.get(1).path("DemDataFields").get(0).path("Value").asText()).isEqualTo("DK");
        apsis.wireMock().verify(4, getRequestedFor(urlPathMatching("/v1/queued/poll/.+\\.json")));
        apsis.wireMock().verify(1, getRequestedFor(urlPathMatching("/v1/queued/data/.+\\.json")));
    }

    @Test
    void aFailedQueuedOperationIsTheComponentsExceptionAndChangesNothing(ApsisSimulator apsis) {
        ProducerTemplate producer = start(apsis.componentOptions());
        long listId = createList(producer, "Newsletter");
        long id = createSubscriber(producer, listId, "a@example.com", "SE");
        apsis.failNextQueuedOperation("Deletion crashed");

        assertThatThrownBy(() -> producer.requestBody("apsis:subscribers?operation=deleteById", List.of(id)))
                .cause().isInstanceOfSatisfying(MarTechServerException.class, e -> {
                    assertThat(e.getVendorCode()).isEqualTo("State -1");
                    assertThat(e.getVendorMessage()).isEqualTo("Error: Deletion crashed");
                    assertThat(e.getDetails()).containsKey("OperationGuid");
                });
        assertThat(producer.requestBodyAndHeader("apsis:subscribers?operation=get", null,
                ApsisConstants.SUBSCRIBER_ID, id, Subscriber.class).getEmail()).isEqualTo("a@example.com");

        producer.requestBody("apsis:subscribers?operation=deleteById", List.of(id));
        assertThatThrownBy(() -> producer.requestBodyAndHeader("apsis:subscribers?operation=get", null,
                ApsisConstants.SUBSCRIBER_ID, id)).cause().isInstanceOf(MarTechNotFoundException.class);
    }

    @Test
    void optOutsAreAddedQueuedListedByDateAndRemovedByABareEmailWithTheirSubscriber(ApsisSimulator apsis) {
        ProducerTemplate producer = start(apsis.componentOptions());
        long listId = createList(producer, "Newsletter");
        long id = createSubscriber(producer, listId, "gone@example.com", "SE");

        producer.requestBody("apsis:optouts?operation=addToOptOutAll",
                List.of(new OptOutItem().subscriberId(id).mailinglistId(listId).reason("Asked")));
        ApsisPage<?> all = producer.requestBody("apsis:optouts?operation=list", null, ApsisPage.class);
        assertThat(all.getItems()).singleElement().isInstanceOfSatisfying(OptOut.class, o -> {
            assertThat(o.getEmail()).isEqualTo("gone@example.com");
            assertThat(o.getReason()).isEqualTo("Asked");
            assertThat(o.getCreated()).isNotNull();
        });
        ApsisPage<?> longAgo = producer.requestBodyAndHeaders("apsis:optouts?operation=listByDate", null,
                Map.of(ApsisConstants.DATE_FROM, "20200101T000000", ApsisConstants.DATE_TO, "20200131T235959"),
                ApsisPage.class);
        assertThat(longAgo.getTotalCount()).isZero();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ApsisPage<?> today = producer.requestBodyAndHeaders("apsis:optouts?operation=listByDate", null,
                Map.of(ApsisConstants.DATE_FROM, now.minusHours(1), ApsisConstants.DATE_TO, now.plusHours(1)),
                ApsisPage.class);
        assertThat(today.getTotalCount()).isEqualTo(1);
        apsis.wireMock().verify(getRequestedFor(urlPathMatching("/optouts/v2/global/\\d{8}T\\d{6}/\\d{8}T\\d{6}/1/\\d+")));

        producer.requestBody("apsis:optouts?operation=removeFromOptOutAllByEmail", "gone@example.com");
        apsis.wireMock().verify(deleteRequestedFor(urlEqualTo("/v1/optouts/global/subscriber/email"))
                .withRequestBody(equalTo("\"gone@example.com\"")));
        assertThat(producer.requestBody("apsis:optouts?operation=list", null, ApsisPage.class).getTotalCount()).isZero();
        assertThatThrownBy(() -> producer.requestBodyAndHeader("apsis:subscribers?operation=get", null,
                ApsisConstants.SUBSCRIBER_ID, id)).cause().isInstanceOf(MarTechNotFoundException.class);
    }

    @Test
    void aWrongKeyIsRefusedWithTheUnauthorizedEnvelope(ApsisSimulator apsis) throws Exception {
        Map<String, String> wrong = new HashMap<>(apsis.componentOptions());
        wrong.put("apiKey", "not-the-key");
        ProducerTemplate producer = start(wrong);
        assertThatThrownBy(() -> producer.requestBody("apsis:demographics", (Object) null))
                .cause().isInstanceOfSatisfying(MarTechAuthenticationException.class,
                        e -> assertThat(e.getVendorCode()).isEqualTo("-4"));

        for (String authorization : new String[] {null, basic("not-the-key:"), basic(apsis.apiKey() + ":secret")}) {
            HttpResponse<String> refused = raw(apsis, "GET", "/accounts/v2/demographics", authorization);
            assertThat(refused.statusCode()).isEqualTo(401);
            JsonNode body = SimJson.mapper().readTree(refused.body());
            assertThat(body.path("Code").asInt()).isEqualTo(-4);
            assertThat(body.path("Message").asText()).isEqualTo("Unauthorized");
            assertThat(body.has("Result") && body.get("Result").isNull()).isTrue();
        }
        HttpResponse<String> served = raw(apsis, "GET", "/accounts/v2/demographics", basic(apsis.apiKey() + ":"));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(SimJson.mapper().readTree(served.body()).path("Code").asInt()).isEqualTo(1);
    }

    @Test
    void aBusyAnswerWithRetryAfterZeroIsRetriedForAGet(ApsisSimulator apsis) throws Exception {
        ProducerTemplate producer = start(apsis.componentOptions());
        long listId = createList(producer, "Newsletter");
        apsis.faults().unavailable(1, Duration.ZERO);

        MailingList list = producer.requestBodyAndHeader("apsis:mailinglists?operation=get", null,
                ApsisConstants.MAILING_LIST_ID, listId, MailingList.class);
        assertThat(list.getName()).isEqualTo("Newsletter");
        apsis.wireMock().verify(2, getRequestedFor(urlEqualTo("/v1/mailinglists/" + listId)));

        apsis.faults().unavailable(1, Duration.ZERO);
        HttpResponse<String> busy = raw(apsis, "GET", "/v1/mailinglists/" + listId, basic(apsis.apiKey() + ":"));
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).contains("0");
        JsonNode body = SimJson.mapper().readTree(busy.body());
        assertThat(body.path("Code").asInt()).isEqualTo(-5);
        assertThat(body.path("Message").asText()).isEqualTo("Busy");
    }

    @Test
    void theRateLimitIsOptInAndAnswersMinusNineWith429(ApsisSimulator apsis) throws Exception {
        String key = basic(apsis.apiKey() + ":");
        for (int i = 0; i < 5; i++) {
            assertThat(raw(apsis, "GET", "/accounts/v2/demographics", key).statusCode()).isEqualTo(200);
        }
        apsis.enforceRateLimit(2);
        raw(apsis, "GET", "/accounts/v2/demographics", key);
        raw(apsis, "GET", "/accounts/v2/demographics", key);
        HttpResponse<String> limited = raw(apsis, "GET", "/accounts/v2/demographics", key);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(SimJson.mapper().readTree(limited.body()).path("Code").asInt()).isEqualTo(-9);
    }

    @Test
    void responsesAreWrittenAsDotNetJsonWithMicrosoftDates(ApsisSimulator apsis) throws Exception {
        ProducerTemplate producer = start(apsis.componentOptions());
        long listId = createList(producer, "Newsletter");
        HttpResponse<String> raw = raw(apsis, "GET", "/v1/mailinglists/" + listId, basic(apsis.apiKey() + ":"));
        assertThat(raw.body()).containsPattern("\"Created\":\"\\\\/Date\\(\\d+\\+0000\\)\\\\/\"");
        assertThat(raw.body()).startsWith("{\"Code\":1,\"Message\":\"OK\",\"Result\":{");
    }

    @Test
    void singleSmsAndTransactionalEmailsAreKeptWithTheirIds(ApsisSimulator apsis) {
        ProducerTemplate producer = start(apsis.componentOptions());
        JsonNode smsId = producer.requestBody("apsis:sms", Map.of("Message", "Hi", "CountryCode", "46",
                "PhoneNumber", "701234567", "SenderName", "Acme"), JsonNode.class);
        assertThat(apsis.sentSms()).singleElement().satisfies(sms -> {
            assertThat(sms.path("Id").asLong()).isEqualTo(smsId.asLong());
            assertThat(sms.path("PhoneNumber").asText()).isEqualTo("701234567");
        });
        assertThat(producer.requestBody("apsis:sms?operation=credits", null, JsonNode.class).asInt()).isEqualTo(999);
        assertThatThrownBy(() -> producer.requestBody("apsis:sms", Map.of("Message", "Hi", "PhoneNumber", "x1"),
                JsonNode.class)).hasRootCauseInstanceOf(MarTechValidationException.class)
                .rootCause().hasMessageContaining("PhoneNumber");

        long project = apsis.addTransactionalProject("Receipts");
        String transaction = producer.requestBodyAndHeader("apsis:transactional?operation=sendEmail",
                Map.of("Email", "a@example.com", "SendingType", "t"), ApsisConstants.PROJECT_ID, project, JsonNode.class)
                .asText();
        assertThat(apsis.sentTransactionalEmails()).singleElement()
                .satisfies(e -> assertThat(e.path("ProjectId").asLong()).isEqualTo(project));
        JsonNode result = producer.requestBodyAndHeader("apsis:transactional?operation=result", null,
                ApsisConstants.TRANSACTION_ID, transaction, JsonNode.class);
        assertThat(result.path("Status").asText()).isEqualTo("Sent");
        assertThatThrownBy(() -> producer.requestBodyAndHeader("apsis:transactional?operation=sendEmail",
                Map.of("Email", "a@example.com"), ApsisConstants.PROJECT_ID, 99, JsonNode.class))
                .hasRootCauseInstanceOf(MarTechNotFoundException.class);
    }
}
