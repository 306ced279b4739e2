package io.github.camelmartech.getresponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.getresponse.model.Accepted;
import io.github.camelmartech.getresponse.model.Account;
import io.github.camelmartech.getresponse.model.Autoresponder;
import io.github.camelmartech.getresponse.model.CallbackSettings;
import io.github.camelmartech.getresponse.model.Campaign;
import io.github.camelmartech.getresponse.model.Contact;
import io.github.camelmartech.getresponse.model.ContactImport;
import io.github.camelmartech.getresponse.model.CustomField;
import io.github.camelmartech.getresponse.model.Deleted;
import io.github.camelmartech.getresponse.model.FromField;
import io.github.camelmartech.getresponse.model.MessageStatistics;
import io.github.camelmartech.getresponse.model.Newsletter;
import io.github.camelmartech.getresponse.model.SearchContact;
import io.github.camelmartech.getresponse.model.Tag;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The operations of campaigns, custom fields, tags, from fields, newsletters, autoresponders, imports, searches, account, callbacks and request. */
class GetResponseResourcesTest extends GetResponseTestSupport {

    private Object call(String resource, String operation, String id, Object body) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(GetResponseConstants.OPERATION, operation);
        if (id != null) {
            headers.put(GetResponseConstants.ID, id);
        }
        return template.requestBodyAndHeaders(uri(resource, ""), body, headers);
    }

    @Test
    void campaigns() {
        wm.stubFor(get(urlPathEqualTo("/v3/campaigns")).willReturn(okJson("[{\"campaignId\":\"p86zQ\",\"name\":\"main\","
                                                                            + "\"isDefault\":\"true\"}]")));
        wm.stubFor(post("/v3/campaigns").willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON)
                .withBody("{\"campaignId\":\"V1\",\"name\":\"spring_list\"}")));
        wm.stubFor(post("/v3/campaigns/V1").willReturn(okJson("{\"campaignId\":\"V1\",\"name\":\"spring_list\"}")));
        wm.stubFor(get("/v3/campaigns/V1").willReturn(okJson("{\"campaignId\":\"V1\",\"languageCode\":\"EN\"}")));
        wm.stubFor(get(urlPathEqualTo("/v3/campaigns/V1/contacts")).willReturn(okJson("[{\"contactId\":\"c1\"}]")));

        List<?> list = (List<?>) call("campaigns", null, null, null);
        Campaign created = (Campaign) call("campaigns", "create", null, Map.of("name", "spring_list", "languageCode", "EN"));
        call("campaigns", "update", "V1", Map.of("name", "spring_list"));
        Campaign got = (Campaign) call("campaigns", "get", "V1", null);
        List<?> contacts = (List<?>) call("campaigns", "contacts", "V1", null);

        assertThat(((Campaign) list.get(0)).getIsDefault()).isEqualTo("true");
        one(postRequestedFor(urlEqualTo("/v3/campaigns")).withRequestBody(equalToJson("{\"name\":\"spring_list\",\"languageCode\":\"EN\"}")));
        one(postRequestedFor(urlEqualTo("/v3/campaigns/V1")).withRequestBody(equalToJson("{\"name\":\"spring_list\"}")));
        assertThat(created.getCampaignId()).isEqualTo("V1");
        assertThat(got.getLanguageCode()).isEqualTo("EN");
        assertThat(((Contact) contacts.get(0)).getContactId()).isEqualTo("c1");
        assertInvalid(uri("campaigns", "&operation=create"), Map.of("name", "a@b"), Map.of(), "name", "3-64 characters");
    }

    @Test
    void customFieldsAndTags() {
        wm.stubFor(post("/v3/custom-fields").willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON)
                .withBody("{\"customFieldId\":\"y8jnp\",\"name\":\"age\",\"type\":\"single_select\"}")));
        wm.stubFor(delete("/v3/custom-fields/y8jnp").willReturn(aResponse().withStatus(204)));
        wm.stubFor(post("/v3/tags").willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON)
                .withBody("{\"tagId\":\"vBd5\",\"name\":\"gold\"}")));
        wm.stubFor(post("/v3/tags/vBd5").willReturn(okJson("{\"tagId\":\"vBd5\",\"name\":\"gold\",\"color\":\"#FFD700\"}")));
        wm.stubFor(delete("/v3/tags/vBd5").willReturn(aResponse().withStatus(204)));
        wm.stubFor(get(urlPathEqualTo("/v3/tags")).willReturn(okJson("[{\"tagId\":\"vBd5\",\"name\":\"gold\"}]")));

        CustomField field = (CustomField) call("custom-fields", "create", null,
                Map.of("name", "age", "type", "single_select", "values", List.of("18-29", "30-44")));
        Deleted deletedField = (Deleted) call("custom-fields", "delete", "y8jnp", null);
        Tag tag = (Tag) call("tags", "create", null, "{\"name\":\"gold\",\"color\":\"#FFD700\"}");
        Tag updated = (Tag) call("tags", "update", "vBd5", Map.of("color", "#FFD700"));
        call("tags", "delete", "vBd5", null);
        List<?> tags = (List<?>) call("tags", "list", null, null);

        one(postRequestedFor(urlEqualTo("/v3/custom-fields")).withRequestBody(equalToJson(
                "{\"name\":\"age\",\"type\":\"single_select\",\"hidden\":\"false\",\"values\":[\"18-29\",\"30-44\"]}")));
        assertThat(field.getCustomFieldId()).isEqualTo("y8jnp");
        assertThat(deletedField).isEqualTo(new Deleted(204, "y8jnp"));
        one(postRequestedFor(urlEqualTo("/v3/tags")).withRequestBody(equalToJson("{\"name\":\"gold\",\"color\":\"#FFD700\"}")));
        one(postRequestedFor(urlEqualTo("/v3/tags/vBd5")).withRequestBody(equalToJson("{\"color\":\"#FFD700\"}")));
        one(deleteRequestedFor(urlEqualTo("/v3/tags/vBd5")));
        assertThat(tag.getTagId()).isEqualTo("vBd5");
        assertThat(updated.getColor()).isEqualTo("#FFD700");
        assertThat(tags).hasSize(1);
        assertInvalid(uri("tags", "&operation=create"), Map.of("name", "gold tag"), Map.of(), "name", "2-64 letters");
        assertInvalid(uri("custom-fields", "&operation=create"), Map.of("name", "Age", "type", "text"), Map.of(),
                "name", "lowercase");
        assertInvalid(uri("custom-fields", "&operation=create"), Map.of("name", "age", "type", "radio"), Map.of(),
                "values", "must not be empty");
    }

    @Test
    void fromFields() {
        wm.stubFor(post("/v3/from-fields").willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON)
                .withBody("{\"fromFieldId\":\"F1\",\"email\":\"news@example.com\",\"name\":\"News\"}")));
        wm.stubFor(post("/v3/from-fields/F1/default").willReturn(okJson("{\"fromFieldId\":\"F1\",\"isDefault\":\"true\"}")));
        wm.stubFor(delete("/v3/from-fields/F1").willReturn(aResponse().withStatus(204)));
        wm.stubFor(get("/v3/from-fields/F1").willReturn(okJson("{\"fromFieldId\":\"F1\",\"isActive\":\"true\"}")));

        FromField created = (FromField) call("from-fields", "create", null, Map.of("email", "news@example.com", "name", "News"));
        FromField defaulted = (FromField) call("from-fields", "setDefault", "F1", null);
        FromField got = (FromField) call("from-fields", "get", "F1", null);
        call("from-fields", "delete", "F1", null);

        one(postRequestedFor(urlEqualTo("/v3/from-fields")).withRequestBody(equalToJson("{\"email\":\"news@example.com\",\"name\":\"News\"}")));
        one(postRequestedFor(urlEqualTo("/v3/from-fields/F1/default")));
        one(deleteRequestedFor(urlEqualTo("/v3/from-fields/F1")));
        assertThat(created.getFromFieldId()).isEqualTo("F1");
        assertThat(defaulted.getIsDefault()).isEqualTo("true");
        assertThat(got.getIsActive()).isEqualTo("true");
        assertInvalid(uri("from-fields", "&operation=create"), Map.of("email", "news@example.com"), Map.of(), "name", "is required");
    }

    @Test
    void newslettersCreateSendDraftCancelStatisticsAndMore() {
        String newsletter = "{\"newsletterId\":\"N1\",\"subject\":\"Spring\",\"status\":\"scheduled\","
                            + "\"campaign\":{\"campaignId\":\"p86zQ\"},\"sendOn\":\"2024-04-01T10:00:00+0000\"}";
        wm.stubFor(post("/v3/newsletters").willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON).withBody(newsletter)));
        wm.stubFor(post("/v3/newsletters/send-draft").willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON).withBody(newsletter)));
        wm.stubFor(post("/v3/newsletters/N1/cancel").willReturn(okJson(newsletter)));
        wm.stubFor(get("/v3/newsletters/N1").willReturn(okJson(newsletter)));
        wm.stubFor(delete("/v3/newsletters/N1").willReturn(aResponse().withStatus(204)));
        wm.stubFor(get(urlPathEqualTo("/v3/newsletters/N1/statistics")).willReturn(okJson(
                "[{\"timeInterval\":\"2024-04-01T10:00:00+0000/2024-04-02T10:00:00+0000\",\"sent\":120,\"uniqueOpened\":48,\"bounced\":2}]")));
        wm.stubFor(get(urlPathEqualTo("/v3/newsletters/statistics")).willReturn(okJson("[{\"sent\":900}]")));
        wm.stubFor(get(urlPathEqualTo("/v3/newsletters/N1/activities")).willReturn(okJson("[{\"activity\":\"click\"}]")));
        wm.stubFor(get(urlPathEqualTo("/v3/newsletters")).willReturn(okJson("[" + newsletter + "]")));

        Newsletter created = (Newsletter) call("newsletters", "create", null, Map.of("subject", "Spring", "name", "spring",
                "type", "broadcast", "campaign", Map.of("campaignId", "p86zQ"), "fromField", Map.of("fromFieldId", "F1"),
                "content", Map.of("html", "<p>Hi</p>", "plain", "Hi"), "sendOn", "2024-04-01T10:00:00+0000",
                "sendSettings", Map.of("selectedCampaigns", List.of("p86zQ"))));
        call("newsletters", "sendDraft", null, Map.of("messageId", "D1", "sendSettings", Map.of("selectedCampaigns", List.of("p86zQ"))));
        Newsletter cancelled = (Newsletter) call("newsletters", "cancel", "N1", null);
        call("newsletters", "get", "N1", null);
        call("newsletters", "delete", "N1", null);
        List<?> stats = (List<?>) call("newsletters", "statistics", "N1", null);
        List<?> allStats = (List<?>) call("newsletters", "statistics", null, null);
        call("newsletters", "activities", "N1", null);
        call("newsletters", "list", null, null);

        one(postRequestedFor(urlEqualTo("/v3/newsletters")).withRequestBody(equalToJson("""
                {"name":"spring","subject":"Spring","type":"broadcast","campaign":{"campaignId":"p86zQ"},
                 "fromField":{"fromFieldId":"F1"},"content":{"html":"<p>Hi</p>","plain":"Hi"},
                 "sendOn":"2024-04-01T10:00:00+0000","sendSettings":{"selectedCampaigns":["p86zQ"]}}""")));
        one(postRequestedFor(urlEqualTo("/v3/newsletters/send-draft")).withRequestBody(
                equalToJson("{\"messageId\":\"D1\",\"sendSettings\":{\"selectedCampaigns\":[\"p86zQ\"]}}")));
        one(postRequestedFor(urlEqualTo("/v3/newsletters/N1/cancel")));
        one(deleteRequestedFor(urlEqualTo("/v3/newsletters/N1")));
        one(getRequestedFor(urlPathEqualTo("/v3/newsletters/statistics")));
        one(getRequestedFor(urlPathEqualTo("/v3/newsletters/N1/activities")));
        assertThat(created.getNewsletterId()).isEqualTo("N1");
        assertThat(cancelled.getStatus()).isEqualTo("scheduled");
        MessageStatistics row = (MessageStatistics) stats.get(0);
        assertThat(row.getSent()).isEqualTo(120L);
        assertThat(row.getUniqueOpened()).isEqualTo(48L);
        assertThat(((MessageStatistics) allStats.get(0)).getSent()).isEqualTo(900L);
        assertInvalid(uri("newsletters", "&operation=create"), Map.of("subject", "x", "campaign", Map.of("campaignId", "p")),
                Map.of(), "fromField.fromFieldId", "is required");
        assertInvalid(uri("newsletters", "&operation=sendDraft"), Map.of("messageId", "D1"), Map.of(), "sendSettings", "is required");
    }

    @Test
    void autorespondersAndImports() {
        wm.stubFor(post("/v3/autoresponders").willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON)
                .withBody("{\"autoresponderId\":\"AR1\",\"status\":\"enabled\"}")));
        wm.stubFor(get(urlPathEqualTo("/v3/autoresponders/statistics")).willReturn(okJson("[{\"sent\":5}]")));
        wm.stubFor(post("/v3/imports").willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON)
                .withBody("{\"importId\":\"I1\",\"status\":\"uploaded\"}")));
        wm.stubFor(get("/v3/imports/I1").willReturn(okJson("{\"importId\":\"I1\",\"status\":\"finished\","
                                                           + "\"statistics\":{\"uploaded\":2,\"added\":2}}")));

        Autoresponder ar = (Autoresponder) call("autoresponders", "create", null, Map.of("name", "day1", "subject", "Welcome",
                "campaignId", "p86zQ", "status", "enabled", "triggerSettings", Map.of("type", "onday", "dayOfCycle", 1)));
        call("autoresponders", "statistics", null, null);
        ContactImport started = (ContactImport) call("imports", "create", null, Map.of("campaignId", "p86zQ",
                "fieldMapping", List.of("email", "name"), "contacts", List.of(List.of("a@example.com", "Ann"))));
        ContactImport done = (ContactImport) call("imports", "get", "I1", null);

        one(postRequestedFor(urlEqualTo("/v3/autoresponders")).withRequestBody(equalToJson("""
                {"name":"day1","subject":"Welcome","campaignId":"p86zQ","status":"enabled",
                 "triggerSettings":{"type":"onday","dayOfCycle":1}}""")));
        one(getRequestedFor(urlPathEqualTo("/v3/autoresponders/statistics")));
        one(postRequestedFor(urlEqualTo("/v3/imports")).withRequestBody(equalToJson(
                "{\"campaignId\":\"p86zQ\",\"fieldMapping\":[\"email\",\"name\"],\"contacts\":[[\"a@example.com\",\"Ann\"]]}")));
        assertThat(ar.getAutoresponderId()).isEqualTo("AR1");
        assertThat(started.getImportId()).isEqualTo("I1");
        assertThat(done.getStatistics()).containsEntry("added", 2);
        assertInvalid(uri("imports", "&operation=create"), Map.of("campaignId", "p", "fieldMapping", List.of("email", "name"),
                "contacts", List.of(List.of("a@example.com"))), Map.of(), "contacts[0]", "one value per fieldMapping");
        assertInvalid(uri("autoresponders", "&operation=create"), Map.of("subject", "s", "campaignId", "p", "status", "on",
                "triggerSettings", Map.of("type", "onday")), Map.of(), "status", "must be one of");
    }

    @Test
    void searchContacts() {
        wm.stubFor(post(urlPathEqualTo("/v3/search-contacts/contacts")).willReturn(okJson("[{\"contactId\":\"c1\"}]")
                .withHeader("TotalPages", "4")));
        wm.stubFor(post("/v3/search-contacts").willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON)
                .withBody("{\"searchContactId\":\"S1\",\"name\":\"gold\"}")));
        wm.stubFor(get(urlPathEqualTo("/v3/search-contacts/S1/contacts")).willReturn(okJson("[{\"contactId\":\"c2\"}]")));
        wm.stubFor(post("/v3/search-contacts/S1/custom-fields").willReturn(aResponse().withStatus(202)));
        Map<String, Object> section = Map.of("campaignIdsList", List.of("p86zQ"), "logicOperator", "or",
                "subscriberCycle", List.of("receiving_autoresponder"), "subscriptionDate", "all_time",
                "conditions", List.of(Map.of("conditionType", "email", "operatorType", "string_operator", "operator", "contains", "value", "@example.com")));

        Exchange found = template.request(uri("search-contacts", "&operation=search"), e -> {
            e.getMessage().setBody(Map.of("subscribersType", List.of("subscribed"), "sectionLogicOperator", "or",
                    "section", List.of(section)));
            e.getMessage().setHeader(GetResponseConstants.QUERY, Map.of("page", 2, "perPage", 500));
        });
        SearchContact saved = (SearchContact) call("search-contacts", "create", null, Map.of("name", "gold",
                "subscribersType", List.of("subscribed"), "sectionLogicOperator", "or", "section", List.of(section)));
        List<?> members = (List<?>) call("search-contacts", "contacts", "S1", null);
        Accepted upserted = (Accepted) call("search-contacts", "upsertCustomFields", "S1",
                Map.of("customFieldValues", List.of(Map.of("customFieldId", "y8jnp", "value", List.of("30-44")))));

        LoggedRequest search = one(postRequestedFor(urlPathEqualTo("/v3/search-contacts/contacts")));
        assertThat(search.getUrl()).isEqualTo("/v3/search-contacts/contacts?page=2&perPage=500");
        assertThat(search.getBodyAsString()).contains("\"section\":[").contains("\"subscribersType\":[\"subscribed\"]");
        assertThat(found.getMessage().getBody(List.class)).hasSize(1);
        assertThat(found.getMessage().getHeader(GetResponseConstants.TOTAL_PAGES)).isEqualTo(4L);
        assertThat(saved.getSearchContactId()).isEqualTo("S1");
        assertThat(((Contact) members.get(0)).getContactId()).isEqualTo("c2");
        assertThat(upserted.status()).isEqualTo(202);
        assertInvalid(uri("search-contacts", "&operation=search"), Map.of("subscribersType", List.of("subscribed")),
                Map.of(), "section", "must not be empty");
    }

    @Test
    void accountAndCallbacks() {
        wm.stubFor(get("/v3/accounts").willReturn(okJson("{\"accountId\":\"A1\",\"email\":\"me@example.com\",\"countryCode\":{\"countryCode\":\"PL\"}}")));
        wm.stubFor(get("/v3/accounts/callbacks").willReturn(okJson("{\"url\":\"https://hooks.example.com/gr\",\"actions\":{\"open\":true}}")));
        wm.stubFor(post("/v3/accounts/callbacks").willReturn(okJson("{\"url\":\"https://hooks.example.com/gr\",\"actions\":{\"subscribe\":true}}")));
        wm.stubFor(delete("/v3/accounts/callbacks").willReturn(aResponse().withStatus(204)));

        Account account = (Account) call("accounts", null, null, null);
        CallbackSettings current = (CallbackSettings) call("callbacks", null, null, null);
        call("callbacks", "set", null, Map.of("url", "https://hooks.example.com/gr", "actions", Map.of("subscribe", true)));
        Deleted disabled = (Deleted) call("callbacks", "disable", null, null);

        assertThat(account.getEmail()).isEqualTo("me@example.com");
        assertThat(account.getOther()).containsKey("countryCode");
        assertThat(current.getActions()).containsEntry("open", true);
        one(postRequestedFor(urlEqualTo("/v3/accounts/callbacks")).withRequestBody(
                equalToJson("{\"url\":\"https://hooks.example.com/gr\",\"actions\":{\"subscribe\":true}}")));
        assertThat(disabled).isEqualTo(new Deleted(204, null));
        assertInvalid(uri("callbacks", "&operation=set"), Map.of("url", "https://x.example.com", "actions", Map.of("bounce", true)),
                Map.of(), "actions.bounce", "must be one of");
    }

    @Test
    void requestReachesAnyPathWithTheSameAuthAndWalksPagesByHeaders() {
        wm.stubFor(post("/v3/custom-events/trigger").willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON)
                .withBody("{\"ok\":true}")));
        for (int p = 1; p <= 3; p++) {
            wm.stubFor(get(urlPathEqualTo("/v3/shops")).withQueryParam("page", equalTo("" + p))
                    .withQueryParam("perPage", equalTo("2"))
                    .willReturn(okJson(p < 3 ? "[{\"shopId\":\"s" + (2 * p - 1) + "\"},{\"shopId\":\"s" + 2 * p + "\"}]"
                            : "[{\"shopId\":\"s5\"}]").withHeader("TotalPages", "3").withHeader("CurrentPage", "" + p)));
        }

        JsonNode triggered = template.requestBodyAndHeaders(uri("request", "&httpMethod=POST&path=/custom-events/trigger"),
                Map.of("name", "purchase", "contactId", "c1"), Map.of(), JsonNode.class);
        List<?> shops = template.requestBodyAndHeaders(uri("request", "&operation=listAll&pageSize=2"), null,
                Map.of(GetResponseConstants.PATH, "/shops"), List.class);

        one(postRequestedFor(urlEqualTo("/v3/custom-events/trigger"))
                .withRequestBody(equalToJson("{\"name\":\"purchase\",\"contactId\":\"c1\"}")));
        assertThat(triggered.path("ok").asBoolean()).isTrue();
        assertThat(shops).extracting(n -> ((JsonNode) n).path("shopId").asText()).containsExactly("s1", "s2", "s3", "s4", "s5");
        wm.verify(3, getRequestedFor(urlPathEqualTo("/v3/shops")).withHeader("X-Auth-Token", equalTo("api-key " + KEY)));
    }
}
