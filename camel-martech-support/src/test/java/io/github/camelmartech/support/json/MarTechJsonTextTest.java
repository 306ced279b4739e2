package io.github.camelmartech.support.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarTechJsonTextTest {

    @Test
    void aFieldAsTextOrNullWhenAbsentOrJsonNull() throws Exception {
        JsonNode node = MarTechJson.mapper().readTree("{\"a\":\"x\",\"n\":42,\"b\":true,\"z\":null}");

        assertThat(MarTechJson.text(node, "a")).isEqualTo("x");
        assertThat(MarTechJson.text(node, "n")).isEqualTo("42");
        assertThat(MarTechJson.text(node, "b")).isEqualTo("true");
        assertThat(MarTechJson.text(node, "z")).isNull();
        assertThat(MarTechJson.text(node, "missing")).isNull();
        assertThat(MarTechJson.text(node.path("missing"), "a")).as("a missing parent").isNull();
    }
}
