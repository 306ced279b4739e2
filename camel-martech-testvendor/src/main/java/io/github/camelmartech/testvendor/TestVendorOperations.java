package io.github.camelmartech.testvendor;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.component.MarTechHeaders;
import io.github.camelmartech.support.operation.ApiOperation;
import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.operation.Poll;
import io.github.camelmartech.support.operation.RequestResource;
import io.github.camelmartech.support.operation.Resource;
import io.github.camelmartech.support.operation.Rule;
import io.github.camelmartech.support.operation.Value;
import io.github.camelmartech.support.paging.ItemType;
import io.github.camelmartech.support.paging.NextLinkPaginator;

import static io.github.camelmartech.testvendor.TestVendorConstants.ITEM_ID;

/** The test vendor as a table: items (create, get, list; polled oldest change first) and request. */
final class TestVendorOperations {

    static final NextLinkPaginator PAGINATOR = new NextLinkPaginator("/results", "/links/next", "size", "/meta/total");

    static final MarTechHeaders HEADERS = MarTechHeaders.of("TestVendor");

    static final OperationTable TABLE = OperationTable.vendor("TestVendor", HEADERS)
            .resource(Resource.named("items").description("Items with an id and an updated date.")
                    .defaultOperation(ApiOperation.post("create", "/v1/items").body(JsonNode.class)
                            .check((c, item) -> c.field("name", item.get("name"), Rule.required()))
                            .notIdempotent()
                            .description("Creates an item; the body needs a name."))
                    .operation(ApiOperation.get("get", "/v1/items/{id}").path("id", Value.header(ITEM_ID))
                            .description("One item by the id in CamelTestVendorItemId."))
                    .operation(ApiOperation.get("list", "/v1/items").query("sort", Value.constant("updated"))
                            .pages(PAGINATOR, ItemType.JSON, null)
                            .description("Every item, oldest change first."))
                    .poll(Poll.of("list", PAGINATOR, ItemType.JSON)
                            .key(item -> item.path("id").asText())
                            .watermark(item -> item.hasNonNull("updated") ? Instant.parse(item.get("updated").asText()) : null)
                            .onlyNew((request, since) -> request.query("since", since))
                            .keyHeader(ITEM_ID)))
            .resource(RequestResource.of())
            .build();

    private TestVendorOperations() {
    }
}
