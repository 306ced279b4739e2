package io.github.camelmartech.support.paging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.error.MarTechMalformedResponseException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.json.MarTechJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pages read as a tree: the first array field as the items, the Link header's next link else the body's. */
class TreePageTest {

    private static ApiResponse response(Map<String, List<String>> headers, String body) {
        return new ApiResponse(ApiRequest.get("/v1/devices").build(), 200, headers,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(String body) throws Exception {
        return MarTechJson.mapper().readTree(body);
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(n -> n.get("id").asText()).toList();
    }

    @Test
    void theItemsAreTheBodyArrayOrItsFirstArrayFieldNotExcepted() throws Exception {
        ApiResponse response = response(Map.of(), "{}");

        assertThat(ids(PageBody.firstArray(response, json("[{\"id\":1},{\"id\":2}]"), "errors")))
                .containsExactly("1", "2");
        assertThat(ids(PageBody.firstArray(response, json("{\"errors\":[{\"id\":0}],\"n\":1,\"devices\":[{\"id\":3}],"
                                                          + "\"other\":[{\"id\":4}]}"), "errors")))
                .containsExactly("3");
        assertThat(PageBody.firstArray(response, json("{\"links\":{}}"), "errors")).isEmpty();
    }

    @Test
    void aBodyNeitherArrayNorObjectIsMalformed() throws Exception {
        ApiResponse response = response(Map.of(), "42");

        assertThatThrownBy(() -> PageBody.firstArray(response, json("42")))
                .isInstanceOf(MarTechMalformedResponseException.class).hasMessageContaining("Expected a list of items");
    }

    @Test
    void theLinkHeaderWinsElseTheBodysLink() throws Exception {
        JsonNode body = json("{\"links\":{\"next\":\"/v1/devices?page=3\"}}");
        ApiResponse withHeader = response(Map.of("Link", List.of("<https://x/v1/devices?page=2>; rel=\"next\"")), "{}");
        ApiResponse without = response(Map.of(), "{}");

        assertThat(LinkHeader.next(withHeader, body, "/links/next")).isEqualTo("https://x/v1/devices?page=2");
        assertThat(LinkHeader.next(without, body, "/links/next")).isEqualTo("/v1/devices?page=3");
        assertThat(LinkHeader.next(without, json("{\"links\":{\"next\":null}}"), "/links/next")).isNull();
        assertThat(LinkHeader.next(without, json("[]"), "/links/next")).isNull();
        assertThat(LinkHeader.next(without, null, "/links/next")).as("a CSV page has no body link").isNull();
    }
}
