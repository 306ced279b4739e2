package io.github.camelmartech.apifon;

import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.apifon.model.ApifonList;
import io.github.camelmartech.apifon.model.CampaignDefaults;
import io.github.camelmartech.apifon.model.ListRequest;
import io.github.camelmartech.apifon.model.PageResult;
import io.github.camelmartech.apifon.model.WriteResult;
import io.github.camelmartech.support.error.MarTechNotFoundException;
import io.github.camelmartech.support.error.MarTechValidationException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApifonListsTest extends ApifonTestSupport {

    static final String LIST_JSON = """
            {"meta":{"ETag":"0c06d1eb"},"id":"5ce4fcef7ed5cc3898208e67","type":"ADVANCED","title":"Apifon List API",
             "status":"IDLE","prefix":"+30","account_id":1,"date_created":1560522076000,"date_updated":1560522077000,
             "campaign_defaults":{"from":"apifon@apifon.com","sender_id":"Apifon"},"total_subscribers":200,
             "subscriber_fields":[{"field":"date_BIRTHDAY","length":20,"name":"Birthday","type":"DATE","internal":false,
               "date_format":"dd/MM/yy"}],
             "gdpr_fields":[{"field":"PROMO","name":"Promotion","mobile":true,"email":true}],
             "form_urls":{"SUBSCRIBE_MOBILE":"https://f/s"}}""";

    @Test
    void createSendsTheListAndReturnsTheLocationId() {
        wm.stubFor(post("/services/api/v1/list").willReturn(aResponse().withStatus(201)
                .withHeader("Location", "https://ars.apifon.com/services/api/v1/list/5ce4fcef7ed5cc3898208e67")));
        CampaignDefaults defaults = new CampaignDefaults();
        defaults.setSenderId("Apifon");
        defaults.setFrom("apifon@apifon.com");
        ListRequest list = new ListRequest();
        list.setTitle("Apifon List API");
        list.setType("MOBILE");
        list.setPrefix("+30");
        list.setCampaignDefaults(defaults);

        Exchange result = template.request(uri("lists", "&operation=create"), e -> e.getMessage().setBody(list));

        LoggedRequest request = signed(postRequestedFor(urlEqualTo("/services/api/v1/list")));
        assertThat(request.getBodyAsString()).isEqualTo("{\"title\":\"Apifon List API\",\"type\":\"MOBILE\",\"prefix\":\"+30\","
                                                        + "\"campaign_defaults\":{\"sender_id\":\"Apifon\",\"from\":\"apifon@apifon.com\"}}");
        WriteResult created = result.getMessage().getBody(WriteResult.class);
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getId()).isEqualTo("5ce4fcef7ed5cc3898208e67");
        assertThat(result.getMessage().getHeader(ApifonConstants.LOCATION)).asString().endsWith("/5ce4fcef7ed5cc3898208e67");
    }

    @Test
    void listReturnsOnePageWithTheQueryHeaderAndPageSize() {
        wm.stubFor(get(urlPathEqualTo("/services/api/v1/list")).willReturn(okJson("{\"meta\":{\"page\":1,\"size\":10,"
                + "\"total\":15},\"links\":{\"prev\":\"\",\"next\":\"https://ars.apifon.com/services/api/v1/list?type=ADVANCED"
                + "&page=2&size=10\"},\"results\":[" + LIST_JSON + "]}")));

        @SuppressWarnings("unchecked")
        PageResult<ApifonList> page = template.requestBodyAndHeader(uri("lists", "&pageSize=10"), null,
                ApifonConstants.QUERY, new java.util.LinkedHashMap<>(Map.of("type", "ADVANCED")), PageResult.class);

        signed(getRequestedFor(urlEqualTo("/services/api/v1/list?size=10&type=ADVANCED")));
        assertThat(page.getMeta().getTotal()).isEqualTo(15);
        assertThat(page.getLinks().getNext()).contains("page=2");
        ApifonList list = page.getResults().get(0);
        assertThat(list.getId()).isEqualTo("5ce4fcef7ed5cc3898208e67");
        assertThat(list.getDateUpdated()).isEqualTo(1560522077000L);
        assertThat(list.getSubscriberFields().get(0).getDateFormat()).isEqualTo("dd/MM/yy");
        assertThat(list.getGdprFields().get(0).getMobile()).isTrue();
        assertThat(list.getFormUrls()).containsEntry("SUBSCRIBE_MOBILE", "https://f/s");
    }

    @Test
    void getUpdateAndDeleteAddressTheListOfTheHeaderOrOption() {
        wm.stubFor(get(urlPathEqualTo("/services/api/v1/list/L1")).willReturn(okJson(LIST_JSON)));
        wm.stubFor(put("/services/api/v1/list/L2").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Location", "https://ars.apifon.com/services/api/v1/list/L2")));
        wm.stubFor(delete("/services/api/v1/list/L1").willReturn(aResponse().withStatus(204)));

        ApifonList list = template.requestBodyAndHeaders(uri("lists", "&operation=get&listId=L1"), null,
                Map.of(ApifonConstants.QUERY, Map.of("fields", "id,title")), ApifonList.class);
        WriteResult updated = template.requestBodyAndHeaders(uri("lists", "&listId=L1"),
                "{\"title\":\"New\",\"prefix\":\"+30\"}",
                Map.of(ApifonConstants.OPERATION, "update", ApifonConstants.LIST_ID, "L2"), WriteResult.class);
        WriteResult deleted = template.requestBodyAndHeader(uri("lists", "&listId=L1"), null, ApifonConstants.OPERATION,
                "delete", WriteResult.class);

        assertThat(list.getTitle()).isEqualTo("Apifon List API");
        signed(getRequestedFor(urlEqualTo("/services/api/v1/list/L1?fields=id%2Ctitle")));
        assertThat(signed(putRequestedFor(urlEqualTo("/services/api/v1/list/L2"))).getBodyAsString())
                .isEqualTo("{\"title\":\"New\",\"prefix\":\"+30\"}");
        assertThat(updated.getLocation()).endsWith("/list/L2");
        assertThat(signed(deleteRequestedFor(urlEqualTo("/services/api/v1/list/L1"))).getBodyAsString()).isEmpty();
        assertThat(deleted.getStatus()).isEqualTo(204);
    }

    @Test
    void subscriberAndGdprFieldsOperations() {
        wm.stubFor(post("/services/api/v1/list/L1/fields").willReturn(aResponse().withStatus(201)));
        wm.stubFor(put("/services/api/v1/list/L1/field/NAME").willReturn(aResponse().withStatus(200)));
        wm.stubFor(delete("/services/api/v1/list/L1/field/NAME").willReturn(aResponse().withStatus(204)));
        wm.stubFor(post("/services/api/v1/list/L1/gdpr").willReturn(aResponse().withStatus(201)));
        wm.stubFor(put("/services/api/v1/list/L1/gdpr/PROMO").willReturn(aResponse().withStatus(200)));
        String lists = uri("lists", "&listId=L1");

        template.requestBodyAndHeader(lists, Map.of("name", "Birthday", "type", "DATE", "length", 20, "date_format",
                "dd/MM/yy"), ApifonConstants.OPERATION, "addField");
        template.requestBodyAndHeaders(lists, Map.of("name", "Name", "length", 30), Map.of(ApifonConstants.OPERATION,
                "updateField", ApifonConstants.FIELD, "NAME"));
        template.requestBodyAndHeaders(lists, null, Map.of(ApifonConstants.OPERATION, "removeField", ApifonConstants.FIELD,
                "NAME"));
        template.requestBodyAndHeader(lists, Map.of("name", "Promotion", "description", "I accept"),
                ApifonConstants.OPERATION, "addGdprField");
        template.requestBodyAndHeaders(lists, Map.of("name", "Promos"), Map.of(ApifonConstants.OPERATION,
                "updateGdprField", ApifonConstants.FIELD, "PROMO"));

        assertThat(signed(postRequestedFor(urlEqualTo("/services/api/v1/list/L1/fields"))).getBodyAsString())
                .isEqualTo("{\"name\":\"Birthday\",\"type\":\"DATE\",\"length\":20,\"date_format\":\"dd/MM/yy\"}");
        assertThat(signed(putRequestedFor(urlEqualTo("/services/api/v1/list/L1/field/NAME"))).getBodyAsString())
                .isEqualTo("{\"name\":\"Name\",\"length\":30}");
        signed(deleteRequestedFor(urlEqualTo("/services/api/v1/list/L1/field/NAME")));
        assertThat(signed(postRequestedFor(urlEqualTo("/services/api/v1/list/L1/gdpr"))).getBodyAsString())
                .isEqualTo("{\"name\":\"Promotion\",\"description\":\"I accept\"}");
        assertThat(signed(putRequestedFor(urlEqualTo("/services/api/v1/list/L1/gdpr/PROMO"))).getBodyAsString())
                .isEqualTo("{\"name\":\"Promos\"}");
    }

    @Test
    void listRulesAreCheckedBeforeSending() {
        String lists = uri("lists", "&listId=L1");
        assertInvalid(lists, Map.of("title", "t", "prefix", "+30"), Map.of(ApifonConstants.OPERATION, "create"), "type",
                "must be one of [ADVANCED, MOBILE]");
        assertInvalid(lists, Map.of("title", "t", "type", "MOBILE"), Map.of(ApifonConstants.OPERATION, "create"),
                "prefix", "is required");
        assertInvalid(lists, Map.of("title", "t", "type", "MOBILE", "prefix", "+30", "gdpr_properties",
                Map.of("gdpr_compliant", true)), Map.of(ApifonConstants.OPERATION, "create"), "gdpr_properties", "ADVANCED");
        assertInvalid(uri("lists", ""), null, Map.of(ApifonConstants.OPERATION, "get"), "listId", "is required");
        assertInvalid(lists, Map.of("name", "n", "type", "COLOR", "length", 5), Map.of(ApifonConstants.OPERATION,
                "addField"), "type", "must be one of");
        assertInvalid(lists, Map.of("name", "n", "type", "TEXT", "length", 5, "date_format", "dd/MM/yy"),
                Map.of(ApifonConstants.OPERATION, "addField"), "date_format", "only to DATE");
        assertInvalid(lists, Map.of("name", "n", "length", 5), Map.of(ApifonConstants.OPERATION, "updateField"), "field",
                "is required");
        assertInvalid(lists, null, Map.of(ApifonConstants.OPERATION, "list", ApifonConstants.QUERY, Map.of("size", 201)),
                "size", "1-200", "header " + ApifonConstants.QUERY);
        assertInvalid(uri("lists", "&pageSize=500"), null, Map.of(), "size", "1-200", "option pageSize");
        assertInvalid(lists, null, Map.of(ApifonConstants.OPERATION, "purge"), "operation", "is not an operation");
    }

    @Test
    void errorsAreTyped() {
        wm.stubFor(get(urlPathEqualTo("/services/api/v1/list/nope")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", JSON).withBody("{\"status\":\"404\",\"title\":\"List not found\","
                                                           + "\"error_details\":{},\"error_report_code\":\"c-404\"}")));
        wm.stubFor(post("/services/api/v1/list").willReturn(aResponse().withStatus(400).withHeader("Content-Type", JSON)
                .withBody("{\"status\":\"400\",\"title\":\"Request validation Error(s)\",\"error_details\":"
                          + "{\"campaign_defaults.from\":\"Not a valid email address\"},\"error_report_code\":\"c-400\"}")));

        assertThatThrownBy(() -> template.requestBodyAndHeader(uri("lists", "&operation=get"), null,
                ApifonConstants.LIST_ID, "nope")).cause().isInstanceOfSatisfying(MarTechNotFoundException.class, e -> {
                    assertThat(e.getVendorMessage()).isEqualTo("List not found");
                    assertThat(e.getRequestId()).isEqualTo("c-404");
                });
        assertThatThrownBy(() -> template.requestBody(uri("lists", "&operation=create"), Map.of("title", "t", "type",
                "MOBILE", "prefix", "+30", "campaign_defaults", Map.of("from", "x"))))
                .cause().isInstanceOfSatisfying(MarTechValidationException.class,
                        e -> assertThat(e.getDetails()).containsEntry("campaign_defaults.from", "Not a valid email address"));
    }
}
