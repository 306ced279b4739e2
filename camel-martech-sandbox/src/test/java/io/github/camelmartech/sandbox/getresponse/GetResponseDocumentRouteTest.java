package io.github.camelmartech.sandbox.getresponse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.sandbox.SimJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's answers from GetResponse's API document, over plain HTTP: what the document does not allow is
 * refused with GetResponse's 400 body, what it does not define is GetResponse's 404, and what it allows is answered
 * with its status and an instance of its answer's schema.
 */
@GetResponseSandbox
class GetResponseDocumentRouteTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(GetResponseSimulator getresponse, String method, String pathAndQuery,
                                      String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(getresponse.apiUrl() + pathAndQuery))
                .header("X-Auth-Token", "api-key " + getresponse.apiKey())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return SimJson.mapper().readTree(response.body());
    }

    @Test
    void anAllowedRequestIsAnsweredWithTheDocumentsStatusAndShape(GetResponseSimulator getresponse) throws Exception {
        HttpResponse<String> shop = send(getresponse, "GET", "/shops/S9?fields=name", null, null);
        HttpResponse<String> created = send(getresponse, "POST", "/shops", "application/json",
                "{\"name\":\"Acme\",\"locale\":\"PL\",\"currency\":\"PLN\"}");
        HttpResponse<String> orders = send(getresponse, "GET", "/shops/S9/orders?page=2&perPage=5", null, null);
        HttpResponse<String> deleted = send(getresponse, "DELETE", "/shops/S9", null, null);

        assertThat(shop.statusCode()).isEqualTo(200);
        assertThat(json(shop).path("shopId").asText()).as("the path parameter").isEqualTo("S9");
        assertThat(json(shop).has("name")).isTrue();
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).isObject()).isTrue();
        assertThat(orders.statusCode()).isEqualTo(200);
        assertThat(json(orders).isArray()).isTrue();
        assertThat(json(orders).get(0).has("orderId")).isTrue();
        assertThat(orders.headers().firstValue("TotalPages")).contains("1");
        assertThat(orders.headers().firstValue("CurrentPage")).contains("2");
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
    }

    @Test
    void whatTheDocumentDoesNotAllowIsRefusedAsGetResponseWould(GetResponseSimulator getresponse) throws Exception {
        HttpResponse<String> unknownQuery = send(getresponse, "GET", "/shops?query%5Bcolour%5D=red", null, null);
        HttpResponse<String> missingQuery = send(getresponse, "GET", "/campaigns/statistics/balance", null, null);
        HttpResponse<String> missingField = send(getresponse, "POST", "/shops", "application/json",
                "{\"name\":\"Acme\",\"locale\":\"PL\"}");
        HttpResponse<String> notJson = send(getresponse, "POST", "/shops", "text/plain", "name=Acme");
        HttpResponse<String> tooLarge = send(getresponse, "GET", "/shops?perPage=1001", null, null);

        assertThat(unknownQuery.statusCode()).isEqualTo(400);
        assertThat(json(unknownQuery).path("code").asInt()).isEqualTo(1000);
        assertThat(json(unknownQuery).path("context").path("fieldName").asText()).isEqualTo("query[colour]");
        assertThat(json(missingQuery).path("context").path("fieldName").asText()).isEqualTo("query[campaignId]");
        assertThat(missingField.statusCode()).isEqualTo(400);
        assertThat(json(missingField).path("context").path("fieldName").asText()).isEqualTo("currency");
        assertThat(json(notJson).path("context").path("fieldName").asText()).isEqualTo("Content-Type");
        assertThat(json(tooLarge).path("context").path("fieldName").asText()).isEqualTo("perPage");
    }

    @Test
    void whatTheDocumentDoesNotDefineIsGetResponsesNotFound(GetResponseSimulator getresponse) throws Exception {
        for (String[] call : new String[][] {{"GET", "/pipelines"}, {"PUT", "/shops/S1"}, {"DELETE", "/accounts"}}) {
            HttpResponse<String> response = send(getresponse, call[0], call[1], null, null);
            assertThat(response.statusCode()).as(call[0] + " " + call[1]).isEqualTo(404);
            JsonNode body = json(response);
            assertThat(body.path("httpStatus").asInt()).isEqualTo(404);
            assertThat(body.path("code").asInt()).isEqualTo(1013);
            assertThat(body.properties()).extracting(java.util.Map.Entry::getKey)
                    .containsExactly("httpStatus", "code", "codeDescription", "message", "moreInfo", "context", "uuid");
        }
    }
}
