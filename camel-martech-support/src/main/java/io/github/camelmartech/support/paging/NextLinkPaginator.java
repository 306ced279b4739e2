package io.github.camelmartech.support.paging;

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
    public <T> Page<T> read(ApiResponse response, ItemType<T> type) {
        PageBody<T> page = PageBody.read(response, itemsPointer, type);
        // the link carries the whole query (page, size, filters)
        ApiRequest next = page.items().isEmpty() ? null
                : PageLinks.next(response.request(), page.envelope().at(nextPointer).asText(""));
        return new Page<>(page.items(), next, page.longAt(totalPointer));
    }
}
