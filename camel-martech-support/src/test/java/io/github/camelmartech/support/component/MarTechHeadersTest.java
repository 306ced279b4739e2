package io.github.camelmartech.support.component;

import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.operation.RequestResource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarTechHeadersTest {

    @Test
    void theHeadersOfAVendorAreCamelThenItsNameThenTheirs() {
        assertThat(MarTechHeaders.of("GetResponse")).isEqualTo(new MarTechHeaders("CamelGetResponseOperation",
                "CamelGetResponseHttpMethod", "CamelGetResponsePath", "CamelGetResponseQuery"));
    }

    @Test
    void aTableNamedAfterItsVendorReadsTheHeadersNamedAfterIt() {
        OperationTable table = OperationTable.vendor("Apifon").resource(RequestResource.of()).build();

        assertThat(table.vendor()).isEqualTo("Apifon");
        assertThat(table.headers()).isEqualTo(MarTechHeaders.of("Apifon"));
    }
}
