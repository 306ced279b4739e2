package io.github.camelmartech.support.paging;

import java.util.List;

/**
 * One page of a collection: its items and the request for the next page, or null at the end.
 *
 * @param totalItems the collection size when the vendor says it, else null
 */
public record Page<T>(List<T> items, io.github.camelmartech.support.http.ApiRequest next, Long totalItems) {

    public boolean hasNext() {
        return next != null;
    }
}
