package io.github.camelmartech.support.paging;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkHeaderTest {

    @Test
    void readsEveryRelInAnyOrder() {
        Map<String, String> links = LinkHeader.parse(List.of(
                "<https://api.x/v1/devices?page=3>; rel=\"last\", <https://api.x/v1/devices?page=2>; rel=\"next\""));

        assertThat(links).containsEntry("next", "https://api.x/v1/devices?page=2")
                .containsEntry("last", "https://api.x/v1/devices?page=3");
    }

    @Test
    void handlesBareRelsSeveralRelsParametersFirstAndCommasInsideTheUri() {
        Map<String, String> links = LinkHeader.parse(List.of(
                "<https://api.x/a?ids=1,2>; title=\"a, b\"; REL=\"prev first\"",
                "<https://api.x/a?ids=3,4>;rel=next"));

        assertThat(links).containsEntry("prev", "https://api.x/a?ids=1,2")
                .containsEntry("first", "https://api.x/a?ids=1,2")
                .containsEntry("next", "https://api.x/a?ids=3,4");
    }

    @Test
    void noLinkNoNext() {
        assertThat(LinkHeader.parse(List.of())).isEmpty();
        assertThat(LinkHeader.parse(List.of("<https://api.x/a>; rel=\"prev\""))).doesNotContainKey("next");
    }
}
