package io.github.camelmartech.support.operation;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.paging.ItemType;
import io.github.camelmartech.support.paging.PageNumberPaginator;
import io.github.camelmartech.support.paging.Paginator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one rule that chooses what a consumer walks: a poll's variants, by an option set or by an option's value. */
class PollChoiceTest {

    private static final Paginator PAGES = PageNumberPaginator.inQuery("page", "size").build();

    private static Poll<JsonNode> poll(String operation) {
        return Poll.of(operation, PAGES, ItemType.JSON).key(item -> item.path("id").asText());
    }

    @Test
    void anOptionSetWalksAnotherOperationTheFirstStatedWinning() {
        Poll<JsonNode> all = poll("list").defaultPageSize(50).orWhenOption("listId", "byList")
                .orWhenOption("queueId", "byQueue");

        assertThat(all.chosen(Map.<String, Object>of()::get)).isSameAs(all);
        assertThat(all.chosen(Map.<String, Object>of("listId", " ")::get)).as("blank is not set").isSameAs(all);
        Poll<JsonNode> byQueue = all.chosen(Map.<String, Object>of("queueId", "q")::get);
        assertThat(byQueue.operation()).isEqualTo("byQueue");
        assertThat(byQueue.pageSize(0)).as("the rest of the poll is the same").isEqualTo(50);
        assertThat(all.chosen(Map.<String, Object>of("queueId", "q", "listId", "l")::get).operation())
                .isEqualTo("byList");
        assertThat(all.alternatives()).containsExactly(Map.entry("listId", "byList"), Map.entry("queueId", "byQueue"));
        assertThat(all.operations()).containsExactly("list", "byList", "byQueue");
    }

    @Test
    void anOptionsValueWalksAnotherPollAndAValueNoPollNamesIsRefused() {
        Poll<JsonNode> byChange = poll("list").watermark(item -> Instant.EPOCH);
        Poll<JsonNode> byCreation = poll("list").when("watermark", "created").orWhen("watermark", "changed", byChange);

        assertThat(byCreation.chosen(Map.<String, Object>of()::get)).isSameAs(byCreation);
        assertThat(byCreation.chosen(Map.<String, Object>of("watermark", "created")::get)).isSameAs(byCreation);
        assertThat(byCreation.chosen(Map.<String, Object>of("watermark", "changed")::get)).isSameAs(byChange);
        assertThat(byCreation.alternatives()).as("the same operation: not another collection").isEmpty();
        assertThatThrownBy(() -> byCreation.chosen(Map.<String, Object>of("watermark", "updated")::get))
                .isInstanceOf(MarTechInvalidInputException.class).hasMessage("watermark: must be created or changed");
    }

    @Test
    void aResourceRefusesAVariantOnAnOperationItDoesNotHave() {
        Resource.Builder resource = Resource.named("items").defaultOperation(ApiOperation.get("list", "/items"))
                .poll(poll("list").orWhenOption("listId", "byList"));

        assertThatThrownBy(() -> OperationTable.vendor("V", null).resource(resource).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("polled operation byList");
    }
}
