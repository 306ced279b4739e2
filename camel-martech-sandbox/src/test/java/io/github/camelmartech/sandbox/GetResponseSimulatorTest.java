package io.github.camelmartech.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.getresponse.GetResponseConstants;
import io.github.camelmartech.getresponse.GetResponseQuery;
import io.github.camelmartech.getresponse.model.Accepted;
import io.github.camelmartech.getresponse.model.Account;
import io.github.camelmartech.getresponse.model.CallbackEvent;
import io.github.camelmartech.getresponse.model.CallbackSettings;
import io.github.camelmartech.getresponse.model.Campaign;
import io.github.camelmartech.getresponse.model.Contact;
import io.github.camelmartech.getresponse.model.CustomField;
import io.github.camelmartech.getresponse.model.Deleted;
import io.github.camelmartech.getresponse.model.Tag;
import io.github.camelmartech.sandbox.getresponse.GetResponseSandbox;
import io.github.camelmartech.sandbox.getresponse.GetResponseSimulator;
import io.github.camelmartech.support.error.MarTechAuthenticationException;
import io.github.camelmartech.support.error.MarTechConflictException;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.error.MarTechNotFoundException;
import io.github.camelmartech.support.error.MarTechRateLimitedException;
import io.github.camelmartech.support.error.MarTechValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The GetResponse simulator driven by the real camel-getresponse component, as a user's test would. */
@GetResponseSandbox
class GetResponseSimulatorTest extends SandboxCamelTest {

    GetResponseSimulatorTest() {
        super("getresponse");
    }

    private static String createCampaign(ProducerTemplate producer, String name) {
        return producer.requestBody("getresponse:campaigns?operation=create", Map.of("name", name), Campaign.class)
                .getCampaignId();
    }

    private static Accepted createContact(ProducerTemplate producer, String campaignId, String email, String name) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("email", email);
        contact.put("name", name);
        return producer.requestBody("getresponse:contacts?operation=create&campaignId=" + campaignId, contact,
                Accepted.class);
    }

    /** Contacts are queued: wait until the simulator has made every accepted one visible. */
    private static void awaitQueue(GetResponseSimulator getresponse) throws InterruptedException {
        Eventually.until("queued contacts to appear", () -> getresponse.pendingContacts() == 0);
    }

    private static Contact byEmail(ProducerTemplate producer, String email) {
        List<?> found = producer.requestBodyAndHeader("getresponse:contacts", null, GetResponseConstants.QUERY,
                GetResponseQuery.create().filter("email", email).additionalFlags("exactMatch"), List.class);
        assertThat(found).as("contacts with e-mail " + email).hasSize(1);
        return (Contact) found.get(0);
    }

    private static HttpResponse<String> raw(GetResponseSimulator getresponse, String method, String pathAndQuery,
                                            Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(getresponse.apiUrl() + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> key(GetResponseSimulator getresponse) {
        return Map.of("X-Auth-Token", "api-key " + getresponse.apiKey());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return SimJson.mapper().readTree(response.body());
    }

    @Test
    void queuedContactsAppearAndArePolledOverThreePagesThenOnlyNewOnes(GetResponseSimulator getresponse) throws Exception {
        ProducerTemplate producer = start(getresponse.componentOptions());
        String campaignId = createCampaign(producer, "newsletter_readers");
        String otherCampaign = createCampaign(producer, "other_list");
        for (int i = 1; i <= 5; i++) {
            Accepted accepted = createContact(producer, campaignId, "reader" + i + "@example.com", "Reader " + i);
            assertThat(accepted.status()).isEqualTo(202);
        }
        createContact(producer, otherCampaign, "elsewhere@example.com", "Elsewhere");
        getresponse.wireMock().verify(6, postRequestedFor(urlEqualTo("/v3/contacts"))
                .withHeader("X-Auth-Token", equalTo("api-key " + getresponse.apiKey())));
        awaitQueue(getresponse);
        Campaign campaign = producer.requestBodyAndHeader("getresponse:campaigns?operation=get", null,
                GetResponseConstants.ID, campaignId, Campaign.class);
        assertThat(campaign.getName()).isEqualTo("newsletter_readers");
        assertThat(campaign.getIsDefault()).isEqualTo("false");

        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("getresponse:contacts?campaignId=" + campaignId + "&pageSize=2&delay=100&initialDelay=0")
                        .routeId("poll").to("mock:contacts");
            }
        });
        MockEndpoint mock = camel.getEndpoint("mock:contacts", MockEndpoint.class);
        mock.expectedMessageCount(5);
        mock.assertIsSatisfied(10_000);
        List<Contact> polled = mock.getReceivedExchanges().stream().map(e -> e.getMessage().getBody(Contact.class)).toList();
        assertThat(polled).extracting(Contact::getEmail).containsExactly("reader1@example.com", "reader2@example.com",
                "reader3@example.com", "reader4@example.com", "reader5@example.com");
        assertThat(polled).extracting(Contact::getContactId).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(polled).allSatisfy(c -> assertThat(c.getCampaign().getCampaignId()).isEqualTo(campaignId));
        getresponse.wireMock().verify(getRequestedFor(urlPathEqualTo("/v3/contacts"))
                .withQueryParam("query[campaignId]", equalTo(campaignId)).withQueryParam("sort[createdOn]", equalTo("ASC"))
                .withQueryParam("page", equalTo("3")).withQueryParam("perPage", equalTo("2")));

        int requestsBefore = getresponse.wireMock().getAllServeEvents().size();
        Eventually.until("three more polls", () -> getresponse.wireMock().getAllServeEvents().size() > requestsBefore + 3);
        assertThat(mock.getReceivedCounter()).as("unchanged polls emit nothing").isEqualTo(5);
        getresponse.wireMock().verify(getRequestedFor(urlPathEqualTo("/v3/contacts"))
                .withQueryParam("query[createdOn][from]", matching("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000")));

        createContact(producer, campaignId, "reader6@example.com", "Reader 6");
        Eventually.until("the new contact", () -> mock.getReceivedCounter() == 6);
        assertThat(mock.getReceivedExchanges().get(5).getMessage().getBody(Contact.class).getEmail())
                .isEqualTo("reader6@example.com");
        Thread.sleep(300);
        assertThat(mock.getReceivedCounter()).as("nothing repeated").isEqualTo(6);
    }

    @Test
    void listsFilterSortPageAndNarrowLikeGetResponse(GetResponseSimulator getresponse) throws Exception {
        ProducerTemplate producer = start(getresponse.componentOptions());
        String campaignId = createCampaign(producer, "paging_list");
        for (String name : new String[] {"Cecilia", "Ada", "Bea", "Dora", "Eva"}) {
            createContact(producer, campaignId, name.toLowerCase() + "@example.org", name);
        }
        createContact(producer, campaignId, "ada.other@example.net", "Ada Other");
        awaitQueue(getresponse);

        Exchange page = producer.request("getresponse:contacts", e -> e.getMessage().setHeader(GetResponseConstants.QUERY,
                GetResponseQuery.create().filter("email", "example.org").sort("name", "DESC").page(2).perPage(2)));
        assertThat(page.getException()).isNull();
        assertThat(page.getMessage().getBody(List.class)).extracting(c -> ((Contact) c).getName())
                .containsExactly("Cecilia", "Bea");
        assertThat(page.getMessage().getHeader(GetResponseConstants.TOTAL_COUNT)).isEqualTo(5L);
        assertThat(page.getMessage().getHeader(GetResponseConstants.TOTAL_PAGES)).isEqualTo(3L);
        assertThat(page.getMessage().getHeader(GetResponseConstants.CURRENT_PAGE)).isEqualTo(2L);

        List<?> likeAda = producer.requestBodyAndHeader("getresponse:contacts", null, GetResponseConstants.QUERY,
                GetResponseQuery.create().filter("name", "ada"), List.class);
        assertThat(likeAda).as("name is a LIKE filter").hasSize(2);
        List<?> exactAda = producer.requestBodyAndHeader("getresponse:contacts", null, GetResponseConstants.QUERY,
                GetResponseQuery.create().filter("name", "ada").additionalFlags("exactMatch"), List.class);
        assertThat(exactAda).hasSize(1);
        List<?> longAgo = producer.requestBodyAndHeader("getresponse:contacts", null, GetResponseConstants.QUERY,
                GetResponseQuery.create().range("createdOn", "2020-01-01", "2020-12-31"), List.class);
        assertThat(longAgo).isEmpty();
        List<?> all = producer.requestBodyAndHeader("getresponse:contacts?operation=listAll&pageSize=4", null,
                GetResponseConstants.QUERY, GetResponseQuery.create().filter("campaignId", campaignId), List.class);
        assertThat(all).hasSize(6);

        HttpResponse<String> sparse = raw(getresponse, "GET", "/contacts?fields=email&query%5Bemail%5D=bea%40", key(getresponse));
        assertThat(sparse.statusCode()).isEqualTo(200);
        JsonNode row = json(sparse).get(0);
        assertThat(row.properties()).extracting(Map.Entry::getKey).containsExactly("contactId", "email");
        assertThat(sparse.headers().firstValue("TotalCount")).contains("1");
        assertThat(sparse.headers().firstValue("X-RateLimit-Limit")).contains("30000");

        // a filter GetResponse's document does not list: the component refuses it before sending, and so would GetResponse
        assertThatThrownBy(() -> producer.requestBodyAndHeader("getresponse:contacts", null, GetResponseConstants.QUERY,
                GetResponseQuery.create().filter("shoeSize", "44")))
                .cause().isInstanceOfSatisfying(MarTechInvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("query[shoeSize]"));
        HttpResponse<String> shoeSize = raw(getresponse, "GET", "/contacts?query%5BshoeSize%5D=44", key(getresponse));
        assertThat(shoeSize.statusCode()).isEqualTo(400);
        assertThat(json(shoeSize).path("code").asInt()).isEqualTo(1000);
        assertThat(json(shoeSize).path("context").toString()).contains("query[shoeSize]");
        HttpResponse<String> tooLarge = raw(getresponse, "GET", "/contacts?perPage=1001", key(getresponse));
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(json(tooLarge).path("context").path("fieldName").asText()).isEqualTo("perPage");
    }

    @Test
    void aContactIsReadUpdatedTaggedAndDeleted(GetResponseSimulator getresponse) throws Exception {
        ProducerTemplate producer = start(getresponse.componentOptions());
        String campaignId = createCampaign(producer, "tagged_list");
        Tag vip = producer.requestBody("getresponse:tags?operation=create", Map.of("name", "vip"), Tag.class);
        Tag gold = producer.requestBody("getresponse:tags?operation=create", Map.of("name", "gold"), Tag.class);
        CustomField shoe = producer.requestBody("getresponse:custom-fields?operation=create",
                Map.of("name", "shoe_size", "type", "number", "hidden", "false", "values", List.of()), CustomField.class);
        producer.requestBody("getresponse:contacts?operation=create&campaignId=" + campaignId, Map.of(
                "email", "ann@example.com", "name", "Ann", "tags", List.of(Map.of("tagId", vip.getTagId())),
                "customFieldValues", List.of(Map.of("customFieldId", shoe.getCustomFieldId(), "value", List.of("38")))));
        awaitQueue(getresponse);

        String id = byEmail(producer, "ann@example.com").getContactId();
        Contact ann = producer.requestBodyAndHeader("getresponse:contacts?operation=get", null, GetResponseConstants.ID,
                id, Contact.class);
        assertThat(ann.getTags()).extracting(t -> t.getName()).containsExactly("vip");
        assertThat(ann.getCustomFieldValues()).singleElement().satisfies(v -> assertThat(v.getValue()).containsExactly("38"));
        assertThat(ann.getOrigin()).isEqualTo("api");
        assertThat(ann.getChangedOn()).isNull();

        Contact renamed = producer.requestBodyAndHeader("getresponse:contacts?operation=update", Map.of("name", "Ann B."),
                GetResponseConstants.ID, id, Contact.class);
        assertThat(renamed.getName()).isEqualTo("Ann B.");
        assertThat(renamed.getEmail()).as("a partial update keeps the rest").isEqualTo("ann@example.com");
        assertThat(renamed.getChangedOn()).isNotNull();
        Contact tagged = producer.requestBodyAndHeader("getresponse:contacts?operation=upsertTags",
                Map.of("tags", List.of(Map.of("tagId", gold.getTagId()))), GetResponseConstants.ID, id, Contact.class);
        assertThat(tagged.getTags()).extracting(t -> t.getTagId()).containsExactly(vip.getTagId(), gold.getTagId());

        Deleted deleted = producer.requestBodyAndHeader("getresponse:contacts?operation=delete", null,
                GetResponseConstants.ID, id, Deleted.class);
        assertThat(deleted.status()).isEqualTo(204);
        assertThatThrownBy(() -> producer.requestBodyAndHeader("getresponse:contacts?operation=get", null,
                GetResponseConstants.ID, id))
                .cause().isInstanceOfSatisfying(MarTechNotFoundException.class,
                        e -> assertThat(e.getVendorCode()).isEqualTo("1013"));
    }

    @Test
    void duplicatesAreConflictsAndBadReferencesValidationErrorsWithContext(GetResponseSimulator getresponse)
            throws Exception {
        ProducerTemplate producer = start(getresponse.componentOptions());
        String campaignId = createCampaign(producer, "unique_list");
        createContact(producer, campaignId, "dup@example.com", "First");
        // still queued: GetResponse refuses the same e-mail in the same campaign all the same
        assertThatThrownBy(() -> createContact(producer, campaignId, "DUP@example.com", "Second"))
                .cause().isInstanceOfSatisfying(MarTechConflictException.class,
                        e -> assertThat(e.getVendorCode()).isEqualTo("1008"));
        assertThatThrownBy(() -> createCampaign(producer, "unique_list"))
                .cause().isInstanceOfSatisfying(MarTechConflictException.class,
                        e -> assertThat(e.getVendorCode()).isEqualTo("1008"));
        assertThatThrownBy(() -> createContact(producer, "nope1", "x@example.com", "X"))
                .cause().isInstanceOfSatisfying(MarTechValidationException.class, e -> {
                    assertThat(e.getVendorCode()).isEqualTo("1001");
                    assertThat(e.getDetails().get("context")).isEqualTo(Map.of("fieldName", "campaign.campaignId",
                            "errorDescription", "no campaign with id nope1"));
                });
        awaitQueue(getresponse);
        assertThat(producer.requestBodyAndHeader("getresponse:campaigns?operation=contacts", null,
                GetResponseConstants.ID, campaignId, List.class)).hasSize(1);

        HttpResponse<String> badEmail = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(getresponse.apiUrl() + "/contacts")).header("X-Auth-Token", "api-key " + getresponse.apiKey())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"not-an-address\",\"campaign\":{\"campaignId\":\"" + campaignId + "\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(badEmail.statusCode()).isEqualTo(400);
        JsonNode body = json(badEmail);
        assertThat(body.path("httpStatus").asInt()).isEqualTo(400);
        assertThat(body.path("code").asInt()).isEqualTo(1000);
        assertThat(body.path("context").path("fieldName").asText()).isEqualTo("email");
        assertThat(body.path("moreInfo").asText()).endsWith("/v3/errors/1000");
        assertThat(getresponse.pendingContacts()).as("refused contacts are not queued").isZero();
    }

    @Test
    void aWrongApiKeyIsRefusedWithGetResponsesUnauthorizedBody(GetResponseSimulator getresponse) throws Exception {
        Map<String, String> wrong = new HashMap<>(getresponse.componentOptions());
        wrong.put("apiKey", "not-the-key");
        ProducerTemplate producer = start(wrong);
        assertThatThrownBy(() -> producer.requestBody("getresponse:accounts", (Object) null))
                .cause().isInstanceOfSatisfying(MarTechAuthenticationException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(401);
                    assertThat(e.getVendorCode()).isEqualTo("1014");
                    assertThat(e.getRequestId()).as("the uuid").matches("[0-9a-f-]{36}");
                });

        Map<String, Map<String, String>> refused = new LinkedHashMap<>();
        refused.put("no credentials", Map.of());
        refused.put("a wrong key", Map.of("X-Auth-Token", "api-key not-the-key"));
        refused.put("a key without the api-key prefix", Map.of("X-Auth-Token", getresponse.apiKey()));
        refused.put("an unknown bearer token", Map.of("Authorization", "Bearer forged"));
        for (Map.Entry<String, Map<String, String>> attempt : refused.entrySet()) {
            HttpResponse<String> response = raw(getresponse, "GET", "/accounts", attempt.getValue());
            assertThat(response.statusCode()).as(attempt.getKey()).isEqualTo(401);
            JsonNode body = json(response);
            assertThat(body.properties()).extracting(Map.Entry::getKey).as(attempt.getKey())
                    .containsExactly("httpStatus", "code", "codeDescription", "message", "moreInfo", "context", "uuid");
            assertThat(body.path("httpStatus").asInt()).isEqualTo(401);
            assertThat(body.path("code").asInt()).isEqualTo(1014);
            assertThat(body.path("codeDescription").asText()).isEqualTo("Problem during authentication process, check headers!");
            assertThat(body.path("moreInfo").asText()).isEqualTo("https://apidocs.getresponse.com/v3/errors/1014");
        }
        assertThat(json(raw(getresponse, "GET", "/accounts", Map.of("X-Auth-Token", getresponse.apiKey())))
                .path("message").asText()).isEqualTo("Unsupported authentication method");
        assertThat(json(raw(getresponse, "GET", "/accounts", Map.of("X-Auth-Token", "api-key not-the-key")))
                .path("context").path("authenticationType").asText()).isEqualTo("auth_token");

        HttpResponse<String> retailWithDomain = raw(getresponse, "GET", "/accounts",
                Map.of("X-Auth-Token", "api-key " + getresponse.apiKey(), "X-Domain", "example.com"));
        assertThat(retailWithDomain.statusCode()).isEqualTo(400);
        assertThat(json(retailWithDomain).path("code").asInt()).isEqualTo(1021);
        assertThat(raw(getresponse, "GET", "/accounts", key(getresponse)).statusCode()).isEqualTo(200);
    }

    @Test
    void aMaxAccountWantsItsRegisteredDomain() throws Exception {
        try (GetResponseSimulator max = new GetResponseSimulator()) {
            max.maxDomain("acme.example").start();
            Map<String, String> options = new HashMap<>(max.componentOptions());
            options.put("platform", "max-pl");
            options.put("domain", "acme.example");
            ProducerTemplate producer = start(options);
            assertThat(producer.requestBody("getresponse:accounts", null, Account.class).getAccountId())
                    .isEqualTo(max.accountId());
            max.wireMock().verify(getRequestedFor(urlEqualTo("/v3/accounts")).withHeader("X-Domain", equalTo("acme.example")));
            assertThat(raw(max, "GET", "/accounts", key(max)).statusCode()).as("without X-Domain").isEqualTo(401);
        }
    }

    @Test
    void aThrottledCallIsRetriedAfterTimeToResetAndALongWaitFailsAtOnce(GetResponseSimulator getresponse)
            throws Exception {
        ProducerTemplate producer = start(getresponse.componentOptions());
        String campaignId = createCampaign(producer, "throttled_list");
        getresponse.faults().throttle(1, Duration.ZERO);
        assertThat(createContact(producer, campaignId, "patient@example.com", "Patient").status()).isEqualTo(202);
        getresponse.wireMock().verify(2, postRequestedFor(urlEqualTo("/v3/contacts")));
        awaitQueue(getresponse);
        assertThat(byEmail(producer, "patient@example.com").getName()).as("created once").isEqualTo("Patient");

        getresponse.faults().throttle(1, Duration.ofHours(1));
        assertThatThrownBy(() -> producer.requestBody("getresponse:accounts", (Object) null))
                .cause().isInstanceOfSatisfying(MarTechRateLimitedException.class, e -> {
                    assertThat(e.getVendorCode()).isEqualTo("1015");
                    assertThat(e.getRetryAfter()).isEqualTo(Duration.ofHours(1));
                });

        getresponse.faults().throttle(1, Duration.ofSeconds(7));
        HttpResponse<String> limited = raw(getresponse, "GET", "/accounts", key(getresponse));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("7");
        assertThat(limited.headers().firstValue("X-RateLimit-Reset")).hasValueSatisfying(v -> assertThat(v).endsWith(" seconds"));
        JsonNode body = json(limited);
        assertThat(body.path("code").asInt()).isEqualTo(1015);
        assertThat(body.path("context").path("timeToReset").asText()).isEqualTo("7 seconds");
        assertThat(body.path("context").path("currentLimit").asInt()).isEqualTo(30000);
    }

    @Test
    void oauth2BearerTokensAreIssuedAndRenewedAfterTheyExpire(GetResponseSimulator getresponse) {
        ProducerTemplate producer = start(getresponse.oauth2ComponentOptions());
        assertThat(producer.requestBody("getresponse:accounts", null, Account.class).getAccountId())
                .isEqualTo(getresponse.accountId());
        getresponse.expireTokens();
        assertThat(producer.requestBody("getresponse:accounts", null, Account.class).getAccountId())
                .isEqualTo(getresponse.accountId());
        assertThat(getresponse.tokensIssued()).isEqualTo(2);
        getresponse.wireMock().verify(2, postRequestedFor(urlEqualTo("/v3/token"))
                .withHeader("Authorization", matching("Basic .+")));
        getresponse.wireMock().verify(3, getRequestedFor(urlEqualTo("/v3/accounts"))
                .withHeader("Authorization", matching("Bearer [0-9a-f]{32}")));
    }

    @Test
    void theWebhookRouteRegistersItsCallbackAndGetsSubscribesAndUnsubscribes(GetResponseSimulator getresponse)
            throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        ProducerTemplate producer = start(getresponse.componentOptions());
        String campaignId = createCampaign(producer, "callback_list");
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                restConfiguration().component("undertow").host("localhost").port(port);
                from("webhook:getresponse:callbacks?webhookSecret=cb-secret&callbackActions=subscribe,unsubscribe"
                     + "&webhookPath=/gr&webhookExternalUrl=http://localhost:" + port)
                        .routeId("callbacks").to("mock:events");
            }
        });
        CallbackSettings registered = producer.requestBody("getresponse:callbacks", null, CallbackSettings.class);
        assertThat(registered.getUrl()).isEqualTo("http://localhost:" + port + "/gr?secret=cb-secret");
        assertThat(registered.getActions()).containsEntry("subscribe", true).containsEntry("unsubscribe", true)
                .containsEntry("open", false);

        MockEndpoint events = camel.getEndpoint("mock:events", MockEndpoint.class);
        createContact(producer, campaignId, "hooked@example.com", "Hooked");
        Eventually.until("the subscribe callback", () -> events.getReceivedCounter() == 1);
        CallbackEvent subscribed = events.getReceivedExchanges().get(0).getMessage().getBody(CallbackEvent.class);
        assertThat(subscribed.action()).isEqualTo("subscribe");
        assertThat(subscribed.contactEmail()).isEqualTo("hooked@example.com");
        assertThat(subscribed.campaignId()).isEqualTo(campaignId);
        assertThat(subscribed.accountId()).isEqualTo(getresponse.accountId());
        String contactId = subscribed.contactId();
        assertThat(contactId).isEqualTo(byEmail(producer, "hooked@example.com").getContactId());

        producer.requestBodyAndHeader("getresponse:contacts?operation=delete", null, GetResponseConstants.ID, contactId);
        Eventually.until("the unsubscribe callback", () -> events.getReceivedCounter() == 2);
        assertThat(events.getReceivedExchanges().get(1).getMessage().getBody(CallbackEvent.class))
                .extracting(CallbackEvent::action, CallbackEvent::contactId).containsExactly("unsubscribe", contactId);
        Eventually.until("both deliveries answered", () -> getresponse.callbacks().deliveries().size() == 2);
        assertThat(getresponse.callbacks().deliveries()).extracting(CallbackSender.Delivery::status).containsOnly(200);

        camel.getRouteController().stopRoute("callbacks");
        camel.removeRoute("callbacks");
        getresponse.wireMock().verify(deleteRequestedFor(urlEqualTo("/v3/accounts/callbacks")));
        assertThatThrownBy(() -> producer.requestBody("getresponse:callbacks", (Object) null))
                .cause().isInstanceOf(MarTechNotFoundException.class);
    }
}
