package io.github.camelmartech.getresponse;

import io.github.camelmartech.support.paging.PageNumberPaginator;
import io.github.camelmartech.support.paging.Paginator;

/**
 * GetResponse's paging: the body is a bare array; {@code page} (from 1) and {@code perPage} in the query; the
 * {@code TotalPages} header ends the walk (a short page ends it when the header is missing).
 */
final class GetResponsePaging {

    static final int DEFAULT_PER_PAGE = 100;

    static final Paginator PAGINATOR = PageNumberPaginator.inQuery("page", "perPage").totalPagesHeader("TotalPages")
            .defaultPageSize(DEFAULT_PER_PAGE).build();

    private GetResponsePaging() {
    }
}
