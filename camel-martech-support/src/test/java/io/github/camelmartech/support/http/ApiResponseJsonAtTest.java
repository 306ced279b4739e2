package io.github.camelmartech.support.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ApiResponse#jsonAt}: one field of an answer without a tree of the whole body. */
class ApiResponseJsonAtTest {

    private static ApiResponse response(String body) {
        return new ApiResponse(ApiRequest.get("/x").build(), 200,
                new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsANestedFieldSkippingArraysAndObjectsBeforeIt() {
        ApiResponse r = response("{\"results\":[{\"result_info\":{\"status_code\":1}},[2,3]],\"meta\":{\"a\":{\"b\":1}},"
                                 + "\"result_info\":{\"description\":\"OK\",\"status_code\":403}}");

        assertThat(r.jsonAt("/result_info/status_code").asInt()).isEqualTo(403);
        assertThat(r.jsonAt("/result_info").path("description").asText()).isEqualTo("OK");
    }

    @Test
    void isMissingWhenAbsentNotAnObjectPathEmptyOrNotJson() {
        assertThat(response("{\"results\":[]}").jsonAt("/result_info/status_code").isMissingNode()).isTrue();
        assertThat(response("{\"result_info\":\"text\"}").jsonAt("/result_info/status_code").isMissingNode()).isTrue();
        assertThat(response("[{\"result_info\":{\"status_code\":1}}]").jsonAt("/result_info").isMissingNode()).isTrue();
        assertThat(response("").jsonAt("/a").isMissingNode()).isTrue();
        assertThat(response("<html>busy</html>").jsonAt("/a").isMissingNode()).isTrue();
        assertThat(response("{\"a\":1,").jsonAt("/b").isMissingNode()).isTrue();
    }

    @Test
    void aNullValueIsFoundAsNull() {
        assertThat(response("{\"a\":null}").jsonAt("/a").isNull()).isTrue();
    }

    @Test
    void usesTheTreeWhenOneWasParsed() {
        ApiResponse r = response("{\"a\":{\"b\":[1,2]}}");
        r.json();

        assertThat(r.jsonAt("/a/b").size()).isEqualTo(2);
        assertThat(r.jsonAt("/c").isMissingNode()).isTrue();
    }

    @Test
    void aPointerStartsWithASlash() {
        assertThatThrownBy(() -> response("{}").jsonAt("a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starts with /");
    }
}
