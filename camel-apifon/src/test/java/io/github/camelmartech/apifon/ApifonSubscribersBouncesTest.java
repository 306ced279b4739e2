package io.github.camelmartech.apifon;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.apifon.model.Bounce;
import io.github.camelmartech.apifon.model.ListSubscriber;
import io.github.camelmartech.apifon.model.PageResult;
import io.github.camelmartech.apifon.model.QueryCondition;
import io.github.camelmartech.apifon.model.QuerySorting;
import io.github.camelmartech.apifon.model.SubscriberQuery;
import io.github.camelmartech.apifon.model.WriteResult;
import io.github.camelmartech.support.error.MarTechAuthenticationException;
import io.github.camelmartech.support.error.MarTechConflictException;
import io.github.camelmartech.support.error.MarTechNotFoundException;
import io.github.camelmartech.support.error.MarTechValidationException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApifonSubscribersBouncesTest extends ApifonTestSupport {

    static final String BASE = "/services/api/v1/list/L1/subscriber";
    static final String MD5 = "709dcd7a6c63bde6685e78e17de83df7";
    static final String SUBSCRIBER_JSON = "{\"id\":\"s1\",\"destination\":\"306999999999\",\"status\":\"SUBSCRIBED\","
                                          + "\"destination_id\":\"" + MD5 + "\",\"date_created\":1560522076000,"
                                          + "\"list_id\":\"L1\",\"subscriber_fields\":{\"NAME\":\"John\"},"
                                          + "\"gdpr_fields\":{\"PROMO\":{\"mobile\":true,\"email\":false}}}";

    @Test
    void addUpdateAndDelete() {
        wm.stubFor(post(BASE).willReturn(aResponse().withStatus(201).withHeader("Location",
                "https://ars.apifon.com" + BASE + "/" + MD5)));
        wm.stubFor(put(BASE + "/" + MD5).willReturn(aResponse().withStatus(200)));
        wm.stubFor(delete(BASE + "/" + MD5).willReturn(aResponse().withStatus(204)));
        String subscribers = uri("subscribers", "&listId=L1");
        Map<String, Object> john = Map.of("destination", "+306999999999", "status", "SUBSCRIBED",
                "subscriber_fields", Map.of("NAME", "John"), "gdpr_fields", Map.of("PROMO", Map.of("mobile", true)));

        WriteResult added = template.requestBodyAndHeader(subscribers, john, ApifonConstants.OPERATION, "add",
                WriteResult.class);
        template.requestBodyAndHeaders(subscribers, john, Map.of(ApifonConstants.OPERATION, "update",
                ApifonConstants.SUBSCRIBER_ID, MD5));
        template.requestBodyAndHeaders(subscribers, null, Map.of(ApifonConstants.OPERATION, "delete",
                ApifonConstants.SUBSCRIBER_ID, MD5.toUpperCase()));

        String body = "{\"destination\":\"+306999999999\",\"status\":\"SUBSCRIBED\",\"subscriber_fields\":{\"NAME\":\"John\"},"
                      + "\"gdpr_fields\":{\"PROMO\":{\"mobile\":true}}}";
        assertThat(signed(postRequestedFor(urlEqualTo(BASE))).getBodyAsString()).isEqualTo(body);
        assertThat(added.getId()).isEqualTo(MD5);
        assertThat(signed(putRequestedFor(urlEqualTo(BASE + "/" + MD5))).getBodyAsString()).isEqualTo(body);
        signed(deleteRequestedFor(urlEqualTo(BASE + "/" + MD5)));
    }

    @Test
    void theLookupMd5IsComputedFromADestinationOrEmailWhenNoHashIsGiven() {
        String byNumber = SubscriberIds.md5("306999999999");
        String byEmail = SubscriberIds.md5("apifon@apifon.com");
        wm.stubFor(get(urlPathMatching(BASE + "/[0-9a-f]{32}")).willReturn(okJson(SUBSCRIBER_JSON)));
        wm.stubFor(put(urlPathMatching(BASE + "/[0-9a-f]{32}")).willReturn(aResponse().withStatus(200)));

        ListSubscriber got = template.requestBodyAndHeaders(uri("subscribers", "&listId=L1&operation=get"), null,
                Map.of(ApifonConstants.SUBSCRIBER_ID, "+30 699 999 9999"), ListSubscriber.class);
        template.requestBodyAndHeaders(uri("subscribers", "&listId=L1&operation=get"), null,
                Map.of(ApifonConstants.SUBSCRIBER_ID, " Apifon@Apifon.com "));
        // update without the header: the body's destination addresses the subscriber
        template.requestBody(uri("subscribers", "&listId=L1&operation=update"), Map.of("destination", "306999999999",
                "status", "UNSUBSCRIBED"));

        assertThat(byNumber).isEqualTo("7c845e6ece4f466f62f01767d0fd9cc4");
        signed(getRequestedFor(urlEqualTo(BASE + "/" + byNumber)));
        signed(getRequestedFor(urlEqualTo(BASE + "/" + byEmail)));
        signed(putRequestedFor(urlEqualTo(BASE + "/" + byNumber)));
        assertThat(got.getDestinationId()).isEqualTo(MD5);
        assertThat(got.getSubscriberFields()).containsEntry("NAME", "John");
        assertThat(got.getGdprFields().get("PROMO").getMobile()).isTrue();
    }

    @Test
    void listAndQueryReturnOnePage() {
        wm.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson("{\"meta\":{\"page\":1,\"size\":200,\"total\":1},"
                                                               + "\"links\":{\"next\":\"\"},\"results\":[" + SUBSCRIBER_JSON + "]}")));
        wm.stubFor(post(BASE + "/query").willReturn(okJson("{\"meta\":{\"page\":2,\"size\":50,\"total\":51},\"results\":["
                                                           + SUBSCRIBER_JSON + "]}")));
        QueryCondition condition = new QueryCondition();
        condition.setName("subscriber_fields.NAME");
        condition.setOp("beginsWith");
        condition.setVl("Jo");
        QuerySorting sorting = new QuerySorting();
        sorting.setSortField("destination");
        sorting.setSortDir("DESC");
        SubscriberQuery query = new SubscriberQuery();
        query.setConditions(List.of(condition));
        query.setSorting(sorting);
        query.setFields("destination,status");
        query.setPage(2);
        query.setSize(50);

        PageResult<?> page = template.requestBodyAndHeaders(uri("subscribers", "&listId=L1"), null,
                Map.of(ApifonConstants.QUERY, Map.of("status", "SUBSCRIBED")), PageResult.class);
        PageResult<?> queried = template.requestBodyAndHeader(uri("subscribers", "&listId=L1"), query,
                ApifonConstants.OPERATION, "query", PageResult.class);

        signed(getRequestedFor(urlEqualTo(BASE + "?status=SUBSCRIBED")));
        assertThat(page.getResults()).hasSize(1).first().isInstanceOf(ListSubscriber.class);
        LoggedRequest q = signed(postRequestedFor(urlEqualTo(BASE + "/query")));
        assertThat(q.getBodyAsString()).isEqualTo("{\"conditions\":[{\"name\":\"subscriber_fields.NAME\",\"op\":\"beginsWith\","
                                                  + "\"vl\":\"Jo\"}],\"sorting\":{\"sort_dir\":\"DESC\",\"sort_field\":\"destination\"},"
                                                  + "\"fields\":\"destination,status\",\"page\":2,\"size\":50}");
        assertThat(queried.getMeta().getTotal()).isEqualTo(51);
        assertThat(((ListSubscriber) queried.getResults().get(0)).getId()).isEqualTo("s1");
    }

    @Test
    void theSeedsOwnQueryExampleIsAccepted() {
        wm.stubFor(post(BASE + "/query").willReturn(okJson("{\"meta\":{\"page\":1,\"size\":200,\"total\":1},\"results\":["
                                                           + SUBSCRIBER_JSON + "]}")));

        template.requestBodyAndHeader(uri("subscribers", "&listId=L1"), """
                {"conditions": [{"name": "destination", "op": "beginsWith", "vl": "30699"}],
                 "fields": ["destination", "status"],
                 "sorting": {"sort_dir": "DESC", "sort_field": "destination"},
                 "page": "1", "size": 200}""", ApifonConstants.OPERATION, "query");

        assertThat(signed(postRequestedFor(urlEqualTo(BASE + "/query"))).getBodyAsString()).isEqualTo(
                "{\"conditions\":[{\"name\":\"destination\",\"op\":\"beginsWith\",\"vl\":\"30699\"}],"
                + "\"sorting\":{\"sort_dir\":\"DESC\",\"sort_field\":\"destination\"},\"fields\":\"destination,status\","
                + "\"page\":1,\"size\":200}");
    }

    @Test
    void subscribeAndUnsubscribeArePostsWithAnEmptySignedBody() {
        wm.stubFor(post(BASE + "/" + MD5 + "/subscribe").willReturn(aResponse().withStatus(200)));
        wm.stubFor(post(BASE + "/" + MD5 + "/unsubscribe").willReturn(aResponse().withStatus(200)));

        template.requestBodyAndHeaders(uri("subscribers", "&listId=L1&operation=subscribe"), null,
                Map.of(ApifonConstants.SUBSCRIBER_ID, MD5));
        template.requestBodyAndHeaders(uri("subscribers", "&listId=L1"), null, Map.of(ApifonConstants.SUBSCRIBER_ID, MD5,
                ApifonConstants.OPERATION, "unsubscribe"));

        assertThat(signed(postRequestedFor(urlEqualTo(BASE + "/" + MD5 + "/subscribe"))).getBodyAsString()).isEmpty();
        assertThat(signed(postRequestedFor(urlEqualTo(BASE + "/" + MD5 + "/unsubscribe"))).getBodyAsString()).isEmpty();
    }

    @Test
    void subscriberRulesAndErrors() {
        String subscribers = uri("subscribers", "&listId=L1");
        assertInvalid(subscribers, Map.of("status", "SUBSCRIBED"), Map.of(ApifonConstants.OPERATION, "add"),
                "destination", "is required");
        assertInvalid(subscribers, Map.of("destination", "306999999999", "status", "ACTIVE"),
                Map.of(ApifonConstants.OPERATION, "add"), "status", "must be one of");
        assertInvalid(subscribers, Map.of("destination", "306999999999", "email", "nope"),
                Map.of(ApifonConstants.OPERATION, "add"), "email", "email address");
        assertInvalid(subscribers, null, Map.of(ApifonConstants.OPERATION, "get"), "subscriber", "is required");
        assertInvalid(subscribers, null, Map.of(ApifonConstants.OPERATION, "get", ApifonConstants.SUBSCRIBER_ID, "x!"),
                "subscriber", "lookup MD5");
        assertInvalid(subscribers, Map.of("conditions", List.of(Map.of("name", "n", "op", "like"))),
                Map.of(ApifonConstants.OPERATION, "query"), "conditions[0].op", "must be one of");
        assertInvalid(subscribers, Map.of("size", 500), Map.of(ApifonConstants.OPERATION, "query"), "size", "1-200");
        assertInvalid(uri("subscribers", ""), null, Map.of(), "listId", "is required");

        wm.stubFor(post(BASE).willReturn(aResponse().withStatus(409).withHeader("Content-Type", JSON)
                .withBody("{\"status\":\"409\",\"title\":\"Subscriber already exists\",\"error_details\":{}}")));
        wm.stubFor(post(BASE + "/" + MD5 + "/subscribe").willReturn(aResponse().withStatus(403).withHeader("Content-Type",
                JSON).withBody("{\"status\":\"403\",\"title\":\"Subscriber is blocked\",\"error_details\":{}}")));
        assertThatThrownBy(() -> template.requestBodyAndHeader(subscribers, Map.of("destination", "306999999999"),
                ApifonConstants.OPERATION, "add")).cause().isInstanceOfSatisfying(MarTechConflictException.class,
                        e -> assertThat(e.getVendorMessage()).isEqualTo("Subscriber already exists"));
        assertThatThrownBy(() -> template.requestBodyAndHeaders(subscribers, null, Map.of(ApifonConstants.OPERATION,
                "subscribe", ApifonConstants.SUBSCRIBER_ID, MD5))).cause()
                .isInstanceOfSatisfying(MarTechValidationException.class, e -> assertThat(e.getStatus()).isEqualTo(403));
        wm.verify(1, postRequestedFor(urlEqualTo(BASE)));
    }

    @Test
    void bounceOperations() {
        wm.stubFor(post("/services/api/v1/bounce/subscriber/block").willReturn(aResponse().withStatus(201)));
        wm.stubFor(get(urlPathEqualTo("/services/api/v1/bounce/subscriber")).willReturn(okJson("{\"meta\":{\"page\":1,"
                + "\"size\":50,\"total\":1},\"links\":{\"next\":\"\"},\"results\":[{\"destination\":\"306999999999\","
                + "\"type\":\"MOBILE\",\"reason\":\"other\",\"user\":\"API\",\"description\":\"Blocked from API\","
                + "\"date_created\":1558612507988}]}")));
        wm.stubFor(get("/services/api/v1/bounce/subscriber/306999999999").willReturn(okJson("{\"destination\":"
                + "\"306999999999\",\"type\":\"MOBILE\",\"reason\":\"other\",\"date_created\":1558612507988}")));
        wm.stubFor(delete("/services/api/v1/bounce/subscriber/unblock/a%2Bb%40apifon.com").willReturn(aResponse().withStatus(204)));

        template.requestBodyAndHeader(uri("bounces", ""), Map.of("destination", "306999999999", "reason", "sub_requested",
                "description", "asked"), ApifonConstants.OPERATION, "block");
        PageResult<?> page = template.requestBodyAndHeader(uri("bounces", "&pageSize=50"), null, ApifonConstants.QUERY,
                Map.of("type", "MOBILE"), PageResult.class);
        Bounce bounce = template.requestBodyAndHeader(uri("bounces", "&operation=get"), "306999999999",
                ApifonConstants.OPERATION, "get", Bounce.class);
        template.requestBodyAndHeaders(uri("bounces", ""), null, Map.of(ApifonConstants.OPERATION, "unblock",
                ApifonConstants.DESTINATION, "a+b@apifon.com"));

        assertThat(signed(postRequestedFor(urlEqualTo("/services/api/v1/bounce/subscriber/block"))).getBodyAsString())
                .isEqualTo("{\"destination\":\"306999999999\",\"reason\":\"sub_requested\",\"description\":\"asked\"}");
        signed(getRequestedFor(urlEqualTo("/services/api/v1/bounce/subscriber?size=50&type=MOBILE")));
        assertThat(((Bounce) page.getResults().get(0)).getDateCreated()).isEqualTo(1558612507988L);
        signed(getRequestedFor(urlEqualTo("/services/api/v1/bounce/subscriber/306999999999")));
        assertThat(bounce.getReason()).isEqualTo("other");
        // the encoded path is what is sent and signed
        signed(deleteRequestedFor(urlEqualTo("/services/api/v1/bounce/subscriber/unblock/a%2Bb%40apifon.com")));
    }

    @Test
    void bounceRulesAndErrors() {
        assertInvalid(uri("bounces", "&operation=block"), Map.of("destination", "306999999999", "reason", "spam"), Map.of(),
                "reason", "must be one of");
        assertInvalid(uri("bounces", "&operation=block"), Map.of("reason", "other"), Map.of(), "destination", "is required");
        assertInvalid(uri("bounces", "&operation=unblock"), null, Map.of(), "destination", "is required");

        wm.stubFor(get("/services/api/v1/bounce/subscriber/306999999998").willReturn(aResponse().withStatus(404)));
        wm.stubFor(get(urlPathEqualTo("/services/api/v1/bounce/subscriber")).inScenario("t").whenScenarioStateIs(STARTED)
                .willSetStateTo("ok").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
        wm.stubFor(get(urlPathEqualTo("/services/api/v1/bounce/subscriber")).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"results\":[]}")));
        assertThatThrownBy(() -> template.requestBody(uri("bounces", "&operation=get"), "306999999998"))
                .cause().isInstanceOf(MarTechNotFoundException.class);
        PageResult<?> empty = template.requestBody(uri("bounces", ""), (Object) null, PageResult.class);
        assertThat(empty.getResults()).isEmpty();
        wm.verify(2, getRequestedFor(urlPathEqualTo("/services/api/v1/bounce/subscriber")));
    }
}
