package io.github.camelmartech.support.paging;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;

/**
 * Paging by a next link in the body ({@code links.next} in Apifon): the walk ends when the link is empty or absent,
 * when a page is empty, or when the vendor links a page to itself. The link's path and query are followed on the
 * configured base URL ({@link PageLinks#next}).
 */
public final class NextLinkPaginator implements Paginator {

    private final String itemsPointer;
    private final String nextPointer;
    private final String sizeParameter;
    private final String totalPointer;

    /**
     * @param itemsPointer  JSON pointer of the item array, e.g. {@code /results}
     * @param nextPointer   JSON pointer of the next link, e.g. {@code /links/next}
     * @param sizeParameter query parameter for the page size, or null
     * @param totalPointer  JSON pointer of the total item count, or null
     */
    public NextLinkPaginator(String itemsPointer, String nextPointer, String sizeParameter, String totalPointer) {
        this.itemsPointer = itemsPointer;
        this.nextPointer = nextPointer;
        this.sizeParameter = sizeParameter;
        this.totalPointer = totalPointer;
    }

    @Override
    public ApiRequest first(ApiRequest collection, int pageSize) {
        return pageSize > 0 && sizeParameter != null
                ? collection.toBuilder().setQuery(sizeParameter, pageSize).build() : collection;
    }

    @Override
    public Page<JsonNode> read(ApiResponse response) {
        JsonNode body = response.requireJson();
        List<JsonNode> items = PageItems.at(response, body, itemsPointer);
        // the link carries the whole query (page, size, filters)
        ApiRequest next = items.isEmpty() ? null
                : PageLinks.next(response.request(), body.at(nextPointer).asText(""));
        return new Page<>(items, next, PageItems.longAt(body, totalPointer));
    }
}
