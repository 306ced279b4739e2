package io.github.camelmartech.support.http;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a paginator or a result reads back from a request: a query value, the last path segment, the JSON body. */
class ApiRequestReadTest {

    @Test
    void theFirstValueOfAQueryParameter() {
        ApiRequest request = ApiRequest.get("/v3/contacts").query("perPage", 50).query("page", 2).query("page", 3)
                .build();

        assertThat(request.queryValue("page")).isEqualTo("2");
        assertThat(request.queryValue("perPage")).isEqualTo("50");
        assertThat(request.queryValue("sort")).isNull();
    }

    @Test
    void theLastPathSegmentDecodedWithAPlusKept() {
        assertThat(ApiRequest.delete("/v3/tags/{id}", "a b+c/d").build().lastSegment()).isEqualTo("a b+c/d");
        assertThat(ApiRequest.delete("/v3/tags/x1").build().lastSegment()).isEqualTo("x1");
    }

    @Test
    void theJsonBodyAsATree() {
        ApiRequest request = ApiRequest.post("/v3/contacts")
                .body("{\"email\":\"a@example.com\"}".getBytes(StandardCharsets.UTF_8), "application/json").build();

        assertThat(request.json().path("email").asText()).isEqualTo("a@example.com");
        assertThat(ApiRequest.get("/v3/contacts").build().json()).isNull();
    }
}
