package io.github.camelmartech.support.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.error.MarTechMalformedResponseException;
import io.github.camelmartech.support.json.MarTechJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ApiResponse#bind}: a part of an answer (an envelope's result) as a type, or a malformed response. */
class ApiResponseBindTest {

    record Item(long id, String name) {
    }

    private static ApiResponse response(String body) {
        return new ApiResponse(ApiRequest.get("/x").build(), 200,
                new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bindsThePartToTheTypeAndAnAbsentOrNullPartToNull() {
        ApiResponse r = response("{\"Code\":1,\"Result\":[{\"id\":7,\"name\":\"a\"}],\"Empty\":null}");
        JsonNode envelope = r.json();

        List<Item> items = r.bind(envelope.get("Result"), MarTechJson.listOf(Item.class), "result");

        assertThat(items).containsExactly(new Item(7, "a"));
        assertThat((Object) r.bind(envelope.get("Empty"), MarTechJson.listOf(Item.class), "result")).isNull();
        assertThat((Object) r.bind(envelope.get("Absent"), MarTechJson.listOf(Item.class), "result")).isNull();
        assertThat((Object) r.bind(envelope.path("Absent"), MarTechJson.listOf(Item.class), "result")).isNull();
        assertThat((Object) r.bind(envelope.get("Result"), MarTechJson.mapper().constructType(JsonNode.class), "result"))
                .isSameAs(envelope.get("Result"));
    }

    @Test
    void aPartOfAnotherShapeIsAMalformedResponseNamingItWithItsStart() {
        ApiResponse r = response("{\"Result\":{\"id\":\"" + "x".repeat(300) + "\"}}");

        assertThatThrownBy(() -> r.bind(r.json().get("Result"), MarTechJson.mapper().constructType(Item.class),
                "Acme list result"))
                .isInstanceOfSatisfying(MarTechMalformedResponseException.class, e -> {
                    assertThat(e.getMessage()).startsWith("Acme list result does not match ")
                            .contains(Item.class.getName());
                    assertThat(e.getStatus()).isEqualTo(200);
                    assertThat(e.getBodyStart()).startsWith("{\"id\":\"xxx").hasSize(203).endsWith("...");
                });
    }
}
