package io.github.camelmartech.support.json;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A field's text: absent and JSON null are null, a number is its digits; a field's value for a rule; its date. */
class MarTechJsonTextTest {

    @Test
    void aFieldsTextOrNull() throws Exception {
        JsonNode node = MarTechJson.mapper().readTree("{\"id\":\"a1\",\"n\":42,\"gone\":null}");

        assertThat(MarTechJson.text(node, "id")).isEqualTo("a1");
        assertThat(MarTechJson.text(node, "n")).isEqualTo("42");
        assertThat(MarTechJson.text(node, "gone")).isNull();
        assertThat(MarTechJson.text(node, "missing")).isNull();
        assertThat(MarTechJson.text(node.path("missing"), "id")).as("under a missing node").isNull();
        assertThat(MarTechJson.text(null, "id")).isNull();
    }

    @Test
    void aFieldsValueForARuleIsItsTextOrTheNodeOrNull() throws Exception {
        JsonNode node = MarTechJson.mapper().readTree("{\"name\":\" \",\"n\":42,\"tags\":[],\"gone\":null}");

        assertThat(MarTechJson.value(node, "name")).isEqualTo(" ");
        assertThat(MarTechJson.value(node, "n")).isEqualTo(node.get("n"));
        assertThat(MarTechJson.value(node, "tags")).isEqualTo(node.get("tags"));
        assertThat(MarTechJson.value(node, "gone")).isNull();
        assertThat(MarTechJson.value(node, "missing")).isNull();
        assertThat(MarTechJson.value(null, "name")).isNull();
    }

    @Test
    void aFieldsDateAsAnInstantOrNullWhenItIsNone() throws Exception {
        JsonNode node = MarTechJson.mapper().readTree("{\"createdOn\":\"2024-01-15T10:30:00+0000\","
                + "\"day\":\"2024-01-15\",\"n\":1705314600,\"bad\":\"yesterday\",\"gone\":null}");

        assertThat(MarTechJson.instant(node, "createdOn")).isEqualTo(Instant.parse("2024-01-15T10:30:00Z"));
        assertThat(MarTechJson.instant(node, "day")).isEqualTo(Instant.parse("2024-01-15T00:00:00Z"));
        assertThat(MarTechJson.instant(node, "n")).as("not text").isNull();
        assertThat(MarTechJson.instant(node, "bad")).isNull();
        assertThat(MarTechJson.instant(node, "gone")).isNull();
        assertThat(MarTechJson.instant(node, "missing")).isNull();
        assertThat(MarTechJson.instant(null, "createdOn")).isNull();
    }
}
