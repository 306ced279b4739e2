package io.github.camelmartech.support.operation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.camelmartech.support.component.MarTechHeaders;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a table states for every operation, and the bare JSON array and string bodies. */
class TableDefaultsAndBodyShapesTest {

    private static final MarTechHeaders HEADERS = new MarTechHeaders("CamelAcmeOperation", "CamelAcmeHttpMethod",
            "CamelAcmePath", "CamelAcmeQuery");

    @Test
    void everyHttpOperationTakesTheTableHeadersAndQueryHeaderUnlessItStatesItsOwn() {
        OperationTable table = OperationTable.vendor("Acme", HEADERS).header("Accept", "application/json")
                .queryHeader()
                .resource(Resource.named("things")
                        .defaultOperation(ApiOperation.get("list", "/things"))
                        .operation(ApiOperation.get("csv", "/things.csv").header("Accept", "text/csv")
                                .queryHeader("page"))
                        .operation(ApiOperation.custom("flow", call -> { })))
                .resource(RequestResource.of())
                .build();

        ApiOperation<?> list = table.resource("things").operation("list");
        ApiOperation<?> csv = table.resource("things").operation("csv");
        assertThat(list.requestHeaders).containsExactly(Map.entry("Accept", "application/json"));
        assertThat(list.queryHeader).isTrue();
        assertThat(list.allowedQuery()).isNull();
        assertThat(csv.requestHeaders).containsExactly(Map.entry("Accept", "text/csv"));
        assertThat(csv.allowedQuery()).containsExactly("page");
        assertThat(table.resource("things").operation("flow").requestHeaders).isEmpty();
        assertThat(table.resource("request").operation("call").queryHeader).isFalse();
    }

    @Test
    void aPathParameterWithoutASourceOfItsOwnTakesTheTables() {
        Value listHeader = Value.header("CamelAcmeListId").orOption("listId");
        Value own = Value.header("CamelAcmeOtherId");
        OperationTable table = OperationTable.vendor("Acme", HEADERS).path("listId", listHeader)
                .path("unused", Value.constant("x"))
                .resource(Resource.named("lists")
                        .defaultOperation(ApiOperation.get("get", "/lists/{listId}"))
                        .operation(ApiOperation.get("other", "/lists/{listId}/other").path("listId", own))
                        .operation(ApiOperation.get("all", "/lists")))
                .build();

        assertThat(table.resource("lists").operation("get").pathValues).containsExactly(Map.entry("listId", listHeader));
        assertThat(table.resource("lists").operation("other").pathValues).containsExactly(Map.entry("listId", own));
        assertThat(table.resource("lists").operation("all").pathValues).isEmpty();
    }

    @Test
    void aPathParameterWithoutAnySourceStillFailsTheTable() {
        assertThatThrownBy(() -> OperationTable.vendor("Acme", HEADERS).path("listId", Value.header("CamelAcmeListId"))
                .resource(Resource.named("lists").defaultOperation(ApiOperation.get("get", "/lists/{listId}/{itemId}")))
                .build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{itemId}");
    }

    @Test
    void withoutTableDefaultsOperationsSendOnlyTheirOwn() {
        OperationTable table = OperationTable.vendor("Acme", HEADERS)
                .resource(Resource.named("things").defaultOperation(ApiOperation.get("list", "/things")))
                .build();

        ApiOperation<?> list = table.resource("things").operation("list");
        assertThat(list.requestHeaders).isEmpty();
        assertThat(list.queryHeader).isFalse();
    }

    @Test
    void aBareArrayTakesAListAnArrayOneItemJsonOrCommaSeparatedValues() {
        Body<List<Long>> ids = Body.arrayOf(Long.class);

        assertThat(ids.bind(List.of(1L, 2L))).containsExactly(1L, 2L);
        assertThat(ids.bind(new long[] { 3, 4 })).containsExactly(3L, 4L);
        assertThat(ids.bind(5L)).containsExactly(5L);
        assertThat(ids.bind("[6, 7]")).containsExactly(6L, 7L);
        assertThat(ids.bind(" 8, 9 ,,10")).containsExactly(8L, 9L, 10L);
        assertThat(ids.bind(JsonNodeFactory.instance.arrayNode().add(11))).containsExactly(11L);
        assertThat(ids.bind(null)).isEmpty();
        assertThat(ids.bind("  ")).isEmpty();
        assertThat(new String(ids.bytes(List.of(1L, 2L)), StandardCharsets.UTF_8)).isEqualTo("[1,2]");
        assertThat(ids.contentType()).isEqualTo("application/json");
    }

    @Test
    void aBareArrayOfTheWrongValuesIsRefusedNamingTheBody() {
        assertThatThrownBy(() -> Body.arrayOf(Long.class).bind("1, two"))
                .isInstanceOfSatisfying(MarTechInvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo("body");
                    assertThat(e.getRule()).isEqualTo("must be a JSON array or comma-separated Long values");
                });
        assertThat(Body.arrayOf(String.class).bind("a@b.com, c@d.com")).containsExactly("a@b.com", "c@d.com");
    }

    @Test
    void aBareJsonStringIsSentTrimmedAndAnAbsentOneIsNull() {
        Body<String> email = Body.jsonString();

        assertThat(new String(email.bytes(email.bind("  a@b.com \n")), StandardCharsets.UTF_8)).isEqualTo("\"a@b.com\"");
        assertThat(new String(email.bytes("say \"hi\""), StandardCharsets.UTF_8)).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(email.bind(null)).isNull();
        assertThat(email.bind(" ")).isNull();
        assertThat(email.bytes(null)).isNull();
        assertThat(email.contentType()).isEqualTo("application/json");
    }
}
