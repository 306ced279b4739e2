package io.github.camelmartech.getresponse;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations of GetResponse's API document through the component: where path parameters come from, the three
 * refusals before sending (a missing path parameter, a missing required body field, a query parameter the document
 * does not list, plus a missing required one), JSON and multipart bodies, the answers of 204 and paged reads, and the
 * legacy paths of GetResponse's PHP SDK, which the document no longer lists, through {@code request}.
 */
class GetResponseDocumentOperationsTest extends GetResponseTestSupport {

    private Exchange send(String resource, String options, Object body, Map<String, Object> headers) {
        return template.request(uri(resource, options), e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    @Test
    void pathParametersComeFromTheirHeadersTheBodyTheIdAndTheShopOption() {
        wm.stubFor(any(urlPathMatching("/v3/shops/.*")).willReturn(okJson("{\"ok\":true}")));

        send("shops", "&operation=getCart", null, Map.of(GetResponseConstants.SHOP_ID, "S1",
                GetResponseConstants.CART_ID, "C/1"));
        send("shops", "&operation=getCart&shopId=S2", null, Map.of(GetResponseConstants.ID, "C2"));
        send("shops", "&operation=updateCart&id=C3", "{\"shopId\":\"S3\",\"totalPrice\":10}", Map.of());
        send("shops", "&operation=getProductVariantById&shopId=S4&id=V4", null,
                Map.of(GetResponseConstants.PRODUCT_ID, "P4"));

        one(getRequestedFor(urlEqualTo("/v3/shops/S1/carts/C%2F1")));
        one(getRequestedFor(urlEqualTo("/v3/shops/S2/carts/C2")));
        one(postRequestedFor(urlEqualTo("/v3/shops/S3/carts/C3"))
                .withRequestBody(equalToJson("{\"shopId\":\"S3\",\"totalPrice\":10}")));
        one(getRequestedFor(urlEqualTo("/v3/shops/S4/products/P4/variants/V4")));
    }

    @Test
    void eachKindOfRefusalHappensBeforeAnyCall() {
        assertInvalid(uri("shops", "&operation=getCart"), null, Map.of(GetResponseConstants.SHOP_ID, "S1"), "cartId",
                "is required (header CamelGetResponseCartId or header CamelGetResponseId or option id)");
        assertInvalid(uri("shops", "&operation=getCart&id=C1"), null, Map.of(), "shopId",
                "is required (header CamelGetResponseShopId or option shopId)");
        assertInvalid(uri("shops", "&operation=createShop"), Map.of("name", "Acme", "locale", "PL"), Map.of(),
                "currency", "is required");
        assertInvalid(uri("contacts", "&operation=createContact"), "{\"email\":\"a@example.com\",\"campaign\":null}",
                Map.of(), "campaign", "is required");
        assertInvalid(uri("shops", "&operation=getShopList"), null,
                Map.of(GetResponseConstants.QUERY, Map.of("query", Map.of("colour", "red"))), "query[colour]",
                "is not a query parameter of getShopList");
        assertInvalid(uri("tags", "&operation=getTagById&id=t1"), null,
                Map.of(GetResponseConstants.QUERY, GetResponseQuery.create().perPage(10)), "perPage",
                "is not a query parameter of getTagById");
        assertInvalid(uri("campaigns", "&operation=getCampaignStatisticsBalance"), null, Map.of(), "query[campaignId]",
                "is required by getCampaignStatisticsBalance");
        assertInvalid(uri("shops", "&operation=deleteShop&id=S1"), null,
                Map.of(GetResponseConstants.QUERY, Map.of("fields", "name")), "fields", "one of []");
    }

    @Test
    void aDocumentedQueryIsSentAndAJsonBodyKeepsItsFields() {
        wm.stubFor(get(urlPathEqualTo("/v3/campaigns/statistics/balance")).willReturn(okJson("[{\"x\":1}]")));
        wm.stubFor(post("/v3/custom-events/trigger").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", JSON).withBody("{\"ok\":true}")));

        JsonNode balance = send("campaigns", "&operation=getCampaignStatisticsBalance", null, Map.of(
                GetResponseConstants.QUERY, Map.of("query", Map.of("campaignId", "p86zQ")))).getMessage()
                .getBody(JsonNode.class);
        Exchange triggered = send("custom-events", "&operation=triggerCustomEvent",
                Map.of("name", "purchase", "contactId", "c1", "attributes", List.of()), Map.of());

        one(getRequestedFor(urlEqualTo("/v3/campaigns/statistics/balance?query%5BcampaignId%5D=p86zQ")));
        assertThat(balance.get(0).path("x").asInt()).isEqualTo(1);
        one(postRequestedFor(urlEqualTo("/v3/custom-events/trigger"))
                .withRequestBody(equalToJson("{\"name\":\"purchase\",\"contactId\":\"c1\",\"attributes\":[]}")));
        assertThat(triggered.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(201);
        assertThat(triggered.getMessage().getBody(JsonNode.class).path("ok").asBoolean()).isTrue();
    }

    @Test
    void aNoContentAnswerIsAnEmptyBodyAndAPostThatSendsIsNotRetried() {
        wm.stubFor(delete("/v3/shops/S1").willReturn(aResponse().withStatus(204)));
        wm.stubFor(post("/v3/ab-tests/A1/cancel").willReturn(aResponse().withStatus(503)));

        Exchange deleted = send("shops", "&operation=deleteShop", null, Map.of(GetResponseConstants.SHOP_ID, "S1"));
        Exchange cancel = send("ab-tests", "&operation=cancelAbTest&id=A1", null, Map.of());

        assertThat(deleted.getMessage().getBody()).isNull();
        assertThat(deleted.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(204);
        assertThat(cancel.getException()).isNotNull();
        wm.verify(1, postRequestedFor(urlEqualTo("/v3/ab-tests/A1/cancel")));
    }

    @Test
    void aPagedReadWalksEveryPageOrOnlyThePageItNames() {
        for (int p = 1; p <= 2; p++) {
            wm.stubFor(get(urlPathEqualTo("/v3/shops/S1/orders")).withQueryParam("page", equalTo("" + p))
                    .willReturn(okJson("[{\"orderId\":\"o" + p + "\"}]").withHeader("TotalPages", "2")
                            .withHeader("TotalCount", "2").withHeader("CurrentPage", "" + p)));
        }

        Exchange all = send("shops", "&operation=getOrderList&shopId=S1&pageSize=1", null, Map.of());

        assertThat(all.getMessage().getBody(List.class)).extracting(n -> ((JsonNode) n).path("orderId").asText())
                .containsExactly("o1", "o2");
        assertThat(all.getMessage().getHeader(GetResponseConstants.TOTAL_COUNT)).isEqualTo(2L);
        assertThat(all.getMessage().getHeader(GetResponseConstants.CURRENT_PAGE)).isEqualTo(2L);
        wm.verify(1, getRequestedFor(urlEqualTo("/v3/shops/S1/orders?page=1&perPage=1")));
        wm.verify(1, getRequestedFor(urlEqualTo("/v3/shops/S1/orders?page=2&perPage=1")));

        wm.resetRequests();
        Exchange second = send("shops", "&operation=getOrderList&shopId=S1", null,
                Map.of(GetResponseConstants.QUERY, Map.of("page", 2, "perPage", 1)));

        assertThat(second.getMessage().getBody(List.class)).extracting(n -> ((JsonNode) n).path("orderId").asText())
                .containsExactly("o2");
        one(getRequestedFor(urlEqualTo("/v3/shops/S1/orders?page=2&perPage=1")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/v3/shops/S1/orders")));
    }

    @Test
    void anImageIsUploadedAsAMultipartForm() {
        wm.stubFor(post("/v3/multimedia").willReturn(okJson("{\"imageId\":\"i1\"}")));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

        JsonNode image = template.requestBody(uri("multimedia", "&operation=uploadImage"), Map.of("file", png),
                JsonNode.class);

        LoggedRequest request = one(postRequestedFor(urlEqualTo("/v3/multimedia")));
        assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        String form = new String(request.getBody(), StandardCharsets.ISO_8859_1);
        assertThat(form).contains("Content-Disposition: form-data; name=\"file\"; filename=\"file\"")
                .contains(new String(png, StandardCharsets.ISO_8859_1));
        assertThat(image.path("imageId").asText()).isEqualTo("i1");
        assertInvalid(uri("multimedia", "&operation=uploadImage"), "not a form", Map.of(), "body", "Map of form fields");
    }

    /** GetResponse's PHP SDK still has these; the API document no longer lists them (sdk-php-operations.json). */
    @Test
    void theSdksLegacyPathsStayReachableThroughRequest() {
        wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
        List<List<String>> legacy = List.of(List.of("GET", "/accounts/blacklists"), List.of("POST", "/accounts/blacklists"),
                List.of("GET", "/campaigns/c1/blacklists"), List.of("POST", "/campaigns/c1/blacklists"),
                List.of("GET", "/pipelines/p1"), List.of("GET", "/pipelines"), List.of("GET", "/pipelines/p1/stages/s1"),
                List.of("GET", "/pipelines/p1/stages"), List.of("GET", "/template-categories"),
                List.of("GET", "/template-categories/t1/templates/t2/colors/c3"),
                List.of("GET", "/template-categories/t1/templates/t2"), List.of("GET", "/template-categories/t1/templates"));

        for (List<String> call : legacy) {
            Object body = call.get(0).equals("POST") ? Map.of("masks", List.of("@example.com")) : null;
            template.requestBodyAndHeaders(uri("request", ""), body, Map.of(GetResponseConstants.HTTP_METHOD, call.get(0),
                    GetResponseConstants.PATH, call.get(1)));
            one(requestedFor(call.get(0), urlEqualTo("/v3" + call.get(1))));
        }
        wm.verify(2, postRequestedFor(anyUrl()).withRequestBody(equalToJson("{\"masks\":[\"@example.com\"]}")));
    }
}
