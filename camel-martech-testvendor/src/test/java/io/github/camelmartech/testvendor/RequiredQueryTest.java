package io.github.camelmartech.testvendor;

import java.util.List;
import java.util.Map;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.operation.ApiOperation;
import io.github.camelmartech.support.operation.OperationCall;
import io.github.camelmartech.support.operation.OperationRunner;
import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.operation.Resource;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A query parameter the vendor requires is refused when the query header lacks it, before anything is sent. */
class RequiredQueryTest extends CamelTestSupport {

    private static final Resource ITEMS = OperationTable.vendor("TestVendor", TestVendorOperations.HEADERS)
            .resource(Resource.named("items").defaultOperation(ApiOperation.get("stats", "/v1/stats")
                    .queryHeader(List.of("from", "to")).requiredQuery(List.of("from"))))
            .build().resource("items");

    private String target(Object query) {
        TestVendorEndpoint endpoint = context.getEndpoint("testvendor:items?apiKey=k", TestVendorEndpoint.class);
        Exchange exchange = new DefaultExchange(context);
        if (query != null) {
            exchange.getMessage().setHeader(TestVendorConstants.QUERY, query);
        }
        return OperationRunner.request(ITEMS.operation("stats"), new OperationCall(exchange, endpoint), null)
                .targetWithQuery();
    }

    @Test
    void aMissingRequiredParameterIsRefusedWithItsPlace() {
        assertThat(target(Map.of("from", "2024-01-01"))).isEqualTo("/v1/stats?from=2024-01-01");
        assertThatThrownBy(() -> target(Map.of("to", "2024-02-01"))).isInstanceOf(MarTechInvalidInputException.class)
                .hasMessage("from: is required by stats (from header CamelTestVendorQuery)");
        assertThatThrownBy(() -> target(null)).as("no header at all").isInstanceOf(MarTechInvalidInputException.class)
                .hasMessage("from: is required by stats (from header CamelTestVendorQuery)");
    }
}
