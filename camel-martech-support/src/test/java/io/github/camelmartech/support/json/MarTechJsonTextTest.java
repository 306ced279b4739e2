package io.github.camelmartech.support.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A field's text: absent and JSON null are null, a number is its digits; a field's value for a rule. */
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
}
