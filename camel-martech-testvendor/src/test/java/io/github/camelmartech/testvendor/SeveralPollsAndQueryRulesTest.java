package io.github.camelmartech.testvendor;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.operation.ApiOperation;
import io.github.camelmartech.support.operation.OperationCall;
import io.github.camelmartech.support.operation.OperationRunner;
import io.github.camelmartech.support.operation.PagedCollection;
import io.github.camelmartech.support.operation.Poll;
import io.github.camelmartech.support.operation.RequestResource;
import io.github.camelmartech.support.operation.Resource;
import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.operation.Value;
import io.github.camelmartech.support.paging.ItemType;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The operation model's additions for a vendor with many collections (GetResponse): a resource with several polled
 * collections, the one the {@code operation} option names walked; a filter only the consumer's walk sends; an
 * operation documented without query parameters refusing any; the request resource's walk under a vendor's name.
 */
class SeveralPollsAndQueryRulesTest extends CamelTestSupport {

    private static final Function<JsonNode, String> ID = item -> item.path("id").asText();

    private static Resource resource() {
        return table().resource("items");
    }

    private static OperationTable table() {
        return OperationTable.vendor("TestVendor", TestVendorOperations.HEADERS)
                .resource(Resource.named("items")
                        .defaultOperation(ApiOperation.get("list", "/v1/items"))
                        .operation(ApiOperation.get("archived", "/v1/items/archived").queryHeader(List.of()))
                        .operation(ApiOperation.get("get", "/v1/items/{id}").path("id", Value.option("path")))
                        .poll(Poll.of("list", TestVendorOperations.PAGINATOR, ItemType.JSON).key(ID)
                                .query("owner", Value.option("stateKey")))
                        .poll(Poll.of("archived", TestVendorOperations.PAGINATOR, ItemType.JSON).key(ID)))
                .resource(RequestResource.of(TestVendorOperations.PAGINATOR, null, "listAll"))
                .build();
    }

    @Test
    void theOperationOptionPicksThePolledCollectionAndTheFirstIsTheResources() {
        Resource items = resource();

        assertThat(items.poll().operation()).isEqualTo("list");
        assertThat(items.poll(null).operation()).isEqualTo("list");
        assertThat(items.poll("archived").operation()).isEqualTo("archived");
        assertThat(items.poll("get")).as("an operation that is not a collection").isNull();
        assertThat(items.polledOperations()).containsExactly("list", "archived");
        assertThatThrownBy(() -> Resource.named("x").poll(Poll.of("a", TestVendorOperations.PAGINATOR, ItemType.JSON))
                .poll(Poll.of("a", TestVendorOperations.PAGINATOR, ItemType.JSON)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("polled twice");
        assertThat(table().resource("request").operation("listAll").name()).isEqualTo("listAll");
    }

    @Test
    void aConsumerFilterIsSentByTheWalkOnlyAndTheWalkOfTheNamedOperation() {
        Resource items = resource();
        TestVendorEndpoint endpoint = context.getEndpoint("testvendor:items?apiKey=k&stateKey=ann",
                TestVendorEndpoint.class);

        String walked = new PagedCollection<>(endpoint, items, items.poll()).request().targetWithQuery();
        String archived = new PagedCollection<>(endpoint, items, items.poll("archived")).request().targetWithQuery();

        assertThat(walked).isEqualTo("/v1/items?owner=ann");
        assertThat(archived).isEqualTo("/v1/items/archived");
        Exchange exchange = new DefaultExchange(context);
        assertThat(OperationRunner.request(items.operation("list"), new OperationCall(exchange, endpoint), null)
                .targetWithQuery()).as("the producer's list").isEqualTo("/v1/items");
    }

    @Test
    void anOperationDocumentedWithoutQueryParametersRefusesAny() {
        Resource items = resource();
        TestVendorEndpoint endpoint = context.getEndpoint("testvendor:items?apiKey=k", TestVendorEndpoint.class);
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setHeader(TestVendorConstants.QUERY, Map.of("page", 2));

        assertThatThrownBy(() -> OperationRunner.request(items.operation("archived"), new OperationCall(exchange, endpoint),
                null)).isInstanceOf(MarTechInvalidInputException.class)
                .hasMessage("page: is not a query parameter of archived: one of [] (from header CamelTestVendorQuery)");
        assertThat(items.operation("archived").allowedQuery()).isEmpty();
        assertThat(items.operation("list").allowedQuery()).as("no query header: not limited").isNull();
    }
}
