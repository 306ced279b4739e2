package io.github.camelmartech.getresponse;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.getresponse.model.Accepted;
import io.github.camelmartech.getresponse.model.Contact;
import io.github.camelmartech.getresponse.model.ContactActivity;
import io.github.camelmartech.getresponse.model.Deleted;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Every contacts operation: method, path, encoded query, auth header and body. */
class GetResponseContactsTest extends GetResponseTestSupport {

    static final String CONTACT = """
            {"contactId":"pV3r","href":"https://api.getresponse.com/v3/contacts/pV3r","name":"Ann","email":"ann+news@example.com",
             "origin":"api","dayOfCycle":"3","scoring":8,"campaign":{"campaignId":"p86zQ","name":"main"},
             "tags":[{"tagId":"vBd5","name":"gold"}],"customFieldValues":[{"customFieldId":"y8jnp","value":["30-44"]}],
             "createdOn":"2024-02-22T13:33:42+0000","changedOn":null,"engagementScore":4}""";

    @Test
    void createIsQueuedAndAnswersAcceptedWithoutPretendingToReturnAContact() {
        wm.stubFor(post("/v3/contacts").willReturn(aResponse().withStatus(202)));

        Exchange result = template.request(uri("contacts", "&operation=create"), e -> e.getMessage().setBody(Map.of(
                "email", "ann+news@example.com", "name", "Ann", "campaign", Map.of("campaignId", "p86zQ"),
                "tags", List.of(Map.of("tagId", "vBd5")), "dayOfCycle", "0")));

        LoggedRequest request = one(postRequestedFor(urlEqualTo("/v3/contacts")));
        assertThat(request.getHeader("Content-Type")).startsWith(JSON);
        assertThat(request.getBodyAsString()).isEqualTo("{\"name\":\"Ann\",\"email\":\"ann+news@example.com\","
                + "\"dayOfCycle\":\"0\",\"campaign\":{\"campaignId\":\"p86zQ\"},\"tags\":[{\"tagId\":\"vBd5\"}]}");
        Accepted accepted = result.getMessage().getBody(Accepted.class);
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.accepted()).isTrue();
        assertThat(accepted.what()).isEqualTo("ann+news@example.com");
        assertThat(result.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(202);
    }

    @Test
    void createTakesTheCampaignOptionAndRefusesBadInputBeforeAnyCall() {
        wm.stubFor(post("/v3/contacts").willReturn(aResponse().withStatus(202)));
        template.sendBody(uri("contacts", "&operation=create&campaignId=p86zQ"), "{\"email\":\"bo@example.com\"}");
        one(postRequestedFor(urlEqualTo("/v3/contacts"))
                .withRequestBody(equalToJson("{\"email\":\"bo@example.com\",\"campaign\":{\"campaignId\":\"p86zQ\"}}")));

        assertInvalid(uri("contacts", "&operation=create"), "{\"email\":\"bo@example.com\"}", Map.of(),
                "campaign.campaignId", "is required");
        assertInvalid(uri("contacts", "&operation=create&campaignId=p86zQ"), "{\"email\":\"not-an-email\"}", Map.of(),
                "email", "must be an email address");
        assertInvalid(uri("contacts", "&operation=create&campaignId=p86zQ"),
                "{\"email\":\"a@b.co\",\"customFieldValues\":[{\"customFieldId\":\"y8jnp\",\"value\":[]}]}", Map.of(),
                "customFieldValues[0].value", "must not be empty");
    }

    @Test
    void getWithFieldsReturnsTheTypedContactKeepingUntypedFields() {
        wm.stubFor(get(urlPathEqualTo("/v3/contacts/pV3r")).willReturn(okJson(CONTACT)));

        Contact contact = template.requestBodyAndHeaders(uri("contacts", ""), null, Map.of(
                GetResponseConstants.OPERATION, "get", GetResponseConstants.ID, "pV3r",
                GetResponseConstants.QUERY, GetResponseQuery.create().fields("name", "email")), Contact.class);

        LoggedRequest request = one(getRequestedFor(urlPathEqualTo("/v3/contacts/pV3r")));
        assertThat(request.getUrl()).isEqualTo("/v3/contacts/pV3r?fields=name%2Cemail");
        assertThat(contact.getEmail()).isEqualTo("ann+news@example.com");
        assertThat(contact.getCampaign().getCampaignId()).isEqualTo("p86zQ");
        assertThat(contact.getTags().get(0).getName()).isEqualTo("gold");
        assertThat(contact.getCustomFieldValues().get(0).getValue()).containsExactly("30-44");
        assertThat(contact.getScoring()).isEqualTo(8.0);
        assertThat(contact.getOther()).containsEntry("engagementScore", 4);
    }

    @Test
    void listEncodesFiltersRangesSortAndPagingAndSetsThePagingHeaders() {
        wm.stubFor(get(urlPathEqualTo("/v3/contacts")).willReturn(okJson("[" + CONTACT + "]")
                .withHeader("TotalCount", "201").withHeader("TotalPages", "3").withHeader("CurrentPage", "2")
                .withHeader("PerPage", "100").withHeader("X-RateLimit-Remaining", "29998")));
        GetResponseQuery query = GetResponseQuery.create().filter("email", "ann+news@example.com")
                .filter("campaignId", "p86zQ").range("createdOn", "2024-01-01", "2024-03-31").sort("createdOn", "desc")
                .additionalFlags("exactMatch").page(2).perPage(100);

        Exchange result = template.request(uri("contacts", ""),
                e -> e.getMessage().setHeader(GetResponseConstants.QUERY, query));

        LoggedRequest request = one(getRequestedFor(urlPathEqualTo("/v3/contacts")));
        assertThat(request.getUrl()).isEqualTo("/v3/contacts?query%5Bemail%5D=ann%2Bnews%40example.com"
                + "&query%5BcampaignId%5D=p86zQ&query%5BcreatedOn%5D%5Bfrom%5D=2024-01-01"
                + "&query%5BcreatedOn%5D%5Bto%5D=2024-03-31&sort%5BcreatedOn%5D=DESC&additionalFlags=exactMatch"
                + "&page=2&perPage=100");
        List<?> contacts = result.getMessage().getBody(List.class);
        assertThat(contacts).hasSize(1).first().isInstanceOf(Contact.class);
        assertThat(result.getMessage().getHeader(GetResponseConstants.TOTAL_COUNT)).isEqualTo(201L);
        assertThat(result.getMessage().getHeader(GetResponseConstants.TOTAL_PAGES)).isEqualTo(3L);
        assertThat(result.getMessage().getHeader(GetResponseConstants.CURRENT_PAGE)).isEqualTo(2L);
        assertThat(result.getMessage().getHeader(GetResponseConstants.PER_PAGE)).isEqualTo(100L);
        assertThat(result.getMessage().getHeader(GetResponseConstants.RATE_LIMIT_REMAINING)).isEqualTo("29998");
    }

    @Test
    void listAllKeepsTheVendorsTotalsWhenItStopsAtMaxPages() {
        for (int page = 1; page <= 3; page++) {
            wm.stubFor(get(urlPathEqualTo("/v3/contacts")).withQueryParam("page", equalTo(String.valueOf(page)))
                    .willReturn(okJson("[" + CONTACT + "," + CONTACT + "]").withHeader("TotalCount", "6")
                            .withHeader("TotalPages", "3").withHeader("CurrentPage", String.valueOf(page))
                            .withHeader("PerPage", "2")));
        }

        Exchange result = template.request(uri("contacts", "&operation=listAll&pageSize=2&maxPages=2"), e -> { });

        assertThat(result.getMessage().getBody(List.class)).hasSize(4);
        assertThat(result.getMessage().getHeader(GetResponseConstants.TOTAL_COUNT)).as("GetResponse's TotalCount").isEqualTo(6L);
        assertThat(result.getMessage().getHeader(GetResponseConstants.TOTAL_PAGES)).as("GetResponse's TotalPages").isEqualTo(3L);
        assertThat(result.getMessage().getHeader(GetResponseConstants.PER_PAGE)).isEqualTo(2L);
        wm.verify(2, getRequestedFor(urlPathEqualTo("/v3/contacts")));
    }

    @Test
    void listTakesTheQueryAsAMapAndRefusesBadQueriesBeforeAnyCall() {
        wm.stubFor(get(urlPathEqualTo("/v3/contacts")).willReturn(okJson("[]")));

        Map<String, Object> query = new java.util.LinkedHashMap<>(); // parameters keep the map's order
        query.put("query", Map.of("changedOn", Map.of("from", "2024-05-01")));
        query.put("sort", Map.of("changedOn", "ASC"));
        template.sendBodyAndHeader(uri("contacts", "&pageSize=50"), null, GetResponseConstants.QUERY, query);

        LoggedRequest request = one(getRequestedFor(urlPathEqualTo("/v3/contacts")));
        assertThat(request.getUrl()).isEqualTo("/v3/contacts?query%5BchangedOn%5D%5Bfrom%5D=2024-05-01"
                + "&sort%5BchangedOn%5D=ASC&perPage=50");
        assertInvalid(uri("contacts", ""), null, Map.of(GetResponseConstants.QUERY, Map.of("perPage", 1001)),
                "perPage", "between 1 and 1000");
        assertInvalid(uri("contacts", ""), null, Map.of(GetResponseConstants.QUERY, Map.of("query", Map.of("email", ""))),
                "query.email", "must not be empty");
        assertInvalid(uri("contacts", ""), null, Map.of(GetResponseConstants.QUERY, Map.of("sort", Map.of("name", "UP"))),
                "sort.name", "ASC or DESC");
        // a parameter GetResponse's document does not list for GET /contacts
        assertInvalid(uri("contacts", ""), null, Map.of(GetResponseConstants.QUERY, Map.of("limit", 5)),
                "limit", "is not a query parameter of list");
    }

    @Test
    void updateIsAPostToTheContactAndReturnsIt() {
        wm.stubFor(post("/v3/contacts/pV3r").willReturn(okJson(CONTACT)));

        Contact contact = template.requestBodyAndHeaders(uri("contacts", "&operation=update&id=pV3r"),
                Map.of("name", "Ann", "note", "VIP"), Map.of(), Contact.class);

        one(postRequestedFor(urlEqualTo("/v3/contacts/pV3r")).withRequestBody(equalToJson("{\"name\":\"Ann\",\"note\":\"VIP\"}")));
        assertThat(contact.getContactId()).isEqualTo("pV3r");
        assertInvalid(uri("contacts", "&operation=update"), Map.of("name", "x"), Map.of(), "contactId", "is required");
    }

    @Test
    void deleteAnswers204() {
        wm.stubFor(delete("/v3/contacts/pV3r").willReturn(aResponse().withStatus(204)));

        Exchange result = template.request(uri("contacts", "&operation=delete"),
                e -> e.getMessage().setHeader(GetResponseConstants.ID, "pV3r"));

        one(deleteRequestedFor(urlEqualTo("/v3/contacts/pV3r")));
        assertThat(result.getMessage().getBody(Deleted.class)).isEqualTo(new Deleted(204, "pV3r"));
    }

    @Test
    void batchCreateQueuesUpTo1000Contacts() {
        wm.stubFor(post("/v3/contacts/batch").willReturn(aResponse().withStatus(202)));

        Accepted accepted = template.requestBody(uri("contacts", "&operation=batchCreate&campaignId=p86zQ"), Map.of(
                "contacts", List.of(Map.of("email", "a@example.com", "tags", Map.of("ids", List.of("vBd5"))),
                        Map.of("email", "b@example.com", "name", "Bo"))), Accepted.class);

        one(postRequestedFor(urlEqualTo("/v3/contacts/batch")).withRequestBody(equalToJson("""
                {"campaignId":"p86zQ","contacts":[{"email":"a@example.com","tags":{"ids":["vBd5"]}},
                 {"email":"b@example.com","name":"Bo"}]}""")));
        assertThat(accepted).isEqualTo(new Accepted(202, "2 contacts"));

        List<Map<String, String>> tooMany = java.util.stream.IntStream.range(0, 1001)
                .mapToObj(i -> Map.of("email", "c" + i + "@example.com")).toList();
        assertInvalid(uri("contacts", "&operation=batchCreate&campaignId=p86zQ"), Map.of("contacts", tooMany), Map.of(),
                "contacts", "at most 1000");
        assertInvalid(uri("contacts", "&operation=batchCreate&campaignId=p86zQ"),
                Map.of("contacts", List.of(Map.of("name", "x"))), Map.of(), "contacts[0].email", "is required");
    }

    @Test
    void upsertTagsAndCustomFieldsPostToTheContact() {
        wm.stubFor(post("/v3/contacts/pV3r/tags").willReturn(okJson(CONTACT)));
        wm.stubFor(post("/v3/contacts/pV3r/custom-fields").willReturn(okJson(CONTACT)));

        Contact tagged = template.requestBodyAndHeaders(uri("contacts", ""), "{\"tags\":[{\"tagId\":\"vBd5\"}]}",
                op("upsertTags", "pV3r"), Contact.class);
        template.requestBodyAndHeaders(uri("contacts", ""),
                Map.of("customFieldValues", List.of(Map.of("customFieldId", "y8jnp", "value", List.of("30-44")))),
                op("upsertCustomFields", "pV3r"));

        one(postRequestedFor(urlEqualTo("/v3/contacts/pV3r/tags")).withRequestBody(equalToJson("{\"tags\":[{\"tagId\":\"vBd5\"}]}")));
        one(postRequestedFor(urlEqualTo("/v3/contacts/pV3r/custom-fields")).withRequestBody(
                equalToJson("{\"customFieldValues\":[{\"customFieldId\":\"y8jnp\",\"value\":[\"30-44\"]}]}")));
        assertThat(tagged.getTags()).extracting("tagId").containsExactly("vBd5");
        assertInvalid(uri("contacts", ""), "{\"tags\":[]}", op("upsertTags", "pV3r"), "tags", "must not be empty");
    }

    @Test
    void activitiesAreAPagedListOfTheContact() {
        wm.stubFor(get(urlPathEqualTo("/v3/contacts/pV3r/activities")).willReturn(okJson("""
                [{"activity":"open","subject":"Hello","createdOn":"2024-02-22T13:33:42+0000","resourceType":"newsletters",
                  "resourceId":"N1"}]""").withHeader("TotalPages", "1")));

        List<?> activities = template.requestBodyAndHeaders(uri("contacts", ""), null,
                Map.of(GetResponseConstants.OPERATION, "activities", GetResponseConstants.ID, "pV3r",
                        GetResponseConstants.QUERY, Map.of("query", Map.of("createdOn", Map.of("from", "2024-02-01")))),
                List.class);

        LoggedRequest request = one(getRequestedFor(urlPathEqualTo("/v3/contacts/pV3r/activities")));
        assertThat(request.getUrl()).endsWith("?query%5BcreatedOn%5D%5Bfrom%5D=2024-02-01");
        assertThat(((ContactActivity) activities.get(0)).getActivity()).isEqualTo("open");
    }
}
