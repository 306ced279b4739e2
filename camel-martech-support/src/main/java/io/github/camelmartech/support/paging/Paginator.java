package io.github.camelmartech.support.paging;

import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;

/**
 * A vendor's paging rule: how to ask for the first page, and how to read a page's items and the request for the
 * next one from a response. {@link PageWalker} runs the loop; a vendor only states the rule.
 */
public interface Paginator {

    /** The first page's request, from the collection request and the page size (0: the vendor's default). */
    ApiRequest first(ApiRequest collection, int pageSize);

    /** The items of the page in {@code response}, bound to {@code type}, and the request for the next page. */
    <T> Page<T> read(ApiResponse response, ItemType<T> type);
}
