package io.github.camelmartech.support.operation;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OpenAPI's deepObject query parameters: bracketed names, flattened from nested Maps, names and values checked. */
class DeepObjectQueryTest {

    private static final String EMPTY = "must not be empty (an empty filter matches nothing)";

    @Test
    void fieldsBecomeBracketedNamesInTheOrderAdded() {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", "2024-01-01");
        range.put("to", 20240131);
        Map<Object, Object> query = new LinkedHashMap<>();
        query.put("name", "ann");
        query.put("createdOn", range);

        DeepObjectQuery q = new DeepObjectQuery(EMPTY).put("ASC", "sort", "name").putAll(query, "query")
                .put("a,b", "fields").put("x", "stats[from]");

        assertThat(q.parameters()).containsExactly(Map.entry("sort[name]", "ASC"), Map.entry("query[name]", "ann"),
                Map.entry("query[createdOn][from]", "2024-01-01"), Map.entry("query[createdOn][to]", "20240131"),
                Map.entry("fields", "a,b"), Map.entry("stats[from]", "x"));
        assertThatThrownBy(() -> q.parameters().put("page", "1")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aFieldNameThatCouldOpenABracketIsRefusedNamingTheParameter() {
        DeepObjectQuery q = new DeepObjectQuery(EMPTY);

        assertThatThrownBy(() -> q.put("v", "query", "name][x")).isInstanceOf(MarTechInvalidInputException.class)
                .hasMessage("query: field names are letters, digits and _ (got 'name][x')");
        assertThatThrownBy(() -> q.put("v", "sort", (String) null))
                .hasMessage("sort: field names are letters, digits and _ (got 'null')");
        assertThatThrownBy(() -> q.putAll(Map.of("createdOn", Map.of("1from", "x")), "query"))
                .hasMessage("query: field names are letters, digits and _ (got '1from')");
        assertThatThrownBy(() -> q.putAll(Map.of("bad-name", Map.of()), "query"))
                .hasMessage("query: field names are letters, digits and _ (got 'bad-name')");
        assertThat(q.parameters()).isEmpty();
    }

    @Test
    void anEmptyValueIsRefusedInTheVendorsWordsByItsDottedPath() {
        DeepObjectQuery q = new DeepObjectQuery(EMPTY);

        assertThatThrownBy(() -> q.put(" ", "query", "email")).isInstanceOf(MarTechInvalidInputException.class)
                .hasMessage("query.email: " + EMPTY);
        assertThatThrownBy(() -> q.putAll(Map.of("createdOn", Map.of("from", "")), "query"))
                .hasMessage("query.createdOn.from: " + EMPTY);
        assertThatThrownBy(() -> q.put(null, "additionalFlags")).hasMessage("additionalFlags: " + EMPTY);
    }

    @Test
    void entriesAreAMapsWithTextKeysOrARefusal() {
        assertThat(DeepObjectQuery.entries("q.sort", Map.of(1, "ASC"))).containsExactly(Map.entry("1", "ASC"));
        assertThatThrownBy(() -> DeepObjectQuery.entries("CamelAcmeQuery.sort", "name"))
                .isInstanceOf(MarTechInvalidInputException.class)
                .hasMessage("CamelAcmeQuery.sort: must be a Map of field to value");
    }
}
