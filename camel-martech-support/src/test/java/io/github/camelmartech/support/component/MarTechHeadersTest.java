package io.github.camelmartech.support.component;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarTechHeadersTest {

    @Test
    void theHeadersOfAVendorAreCamelThenItsNameThenTheirs() {
        assertThat(MarTechHeaders.of("GetResponse")).isEqualTo(new MarTechHeaders("CamelGetResponseOperation",
                "CamelGetResponseHttpMethod", "CamelGetResponsePath", "CamelGetResponseQuery"));
    }
}
