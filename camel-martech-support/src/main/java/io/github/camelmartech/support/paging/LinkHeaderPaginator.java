package io.github.camelmartech.support.paging;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;

/**
 * Paging by the {@code Link} header's {@code rel="next"}; the walk ends when there is no next link. The link's path
 * and query are followed on the configured base URL ({@link PageLinks#next}).
 */
public final class LinkHeaderPaginator implements Paginator {

    private final String itemsPointer;
    private final String sizeParameter;

    public LinkHeaderPaginator(String itemsPointer, String sizeParameter) {
        this.itemsPointer = itemsPointer;
        this.sizeParameter = sizeParameter;
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
        String link = LinkHeader.parse(response.headerValues("Link")).get("next");
        ApiRequest next = items.isEmpty() ? null : PageLinks.next(response.request(), link);
        return new Page<>(items, next, null);
    }
}
