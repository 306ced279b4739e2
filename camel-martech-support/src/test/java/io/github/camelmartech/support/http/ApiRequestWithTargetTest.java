package io.github.camelmartech.support.http;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ApiRequest#withTarget}: the same request to another target (the next page of a path-paged collection). */
class ApiRequestWithTargetTest {

    @Test
    void keepsMethodHeadersQueryAndIdempotencyAndChangesOnlyTheTarget() {
        ApiRequest first = ApiRequest.get("/v1/lists/{page}/{size}", 1, 100).header("Accept", "application/json")
                .query("x", "1").query("x", "2").idempotent(false).build();

        ApiRequest second = first.withTarget("/v1/lists/2/100");

        assertThat(second.method()).isEqualTo("GET");
        assertThat(second.target()).isEqualTo("/v1/lists/2/100");
        assertThat(second.targetWithQuery()).isEqualTo("/v1/lists/2/100?x=1&x=2");
        assertThat(second.headers()).isEqualTo(Map.of("Accept", "application/json"));
        assertThat(second.isIdempotent()).isFalse();
        assertThat(first.target()).isEqualTo("/v1/lists/1/100");
    }
}
