package io.github.camelmartech.getresponse;

import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.paging.ItemType;
import io.github.camelmartech.support.paging.Page;
import io.github.camelmartech.support.paging.PageBody;
import io.github.camelmartech.support.paging.PageNumberPaginator;
import io.github.camelmartech.support.paging.Paginator;

/**
 * GetResponse's paging: the body is a bare array; {@code page} (from 1) and {@code perPage} (up to 1000) in the
 * query; the {@code TotalPages} header ends the walk (a short page ends it when the header is missing). A collection
 * request that already names its {@code page} is that one page; one that names its {@code perPage} walks pages of
 * that size.
 */
final class GetResponsePaging implements Paginator {

    static final int DEFAULT_PER_PAGE = 100;
    static final GetResponsePaging PAGINATOR = new GetResponsePaging();

    private static final String ONE_PAGE = GetResponsePaging.class.getName() + ".onePage";
    private static final Paginator WALK = PageNumberPaginator.inQuery("page", "perPage").totalPagesHeader("TotalPages")
            .defaultPageSize(DEFAULT_PER_PAGE).build();

    private GetResponsePaging() {
    }

    @Override
    public ApiRequest first(ApiRequest collection, int pageSize) {
        if (collection.queryValue("page") != null) {
            return collection.toBuilder().attribute(ONE_PAGE, Boolean.TRUE).build();
        }
        String perPage = collection.queryValue("perPage");
        return WALK.first(collection, perPage != null ? Integer.parseInt(perPage) : pageSize);
    }

    @Override
    public <T> Page<T> read(ApiResponse response, ItemType<T> items) {
        if (response.request().attribute(ONE_PAGE) != null) {
            return new Page<>(PageBody.read(response, "", items).items(), null, null);
        }
        return WALK.read(response, items);
    }

    /** A response header's count ({@code TotalCount: 201}) as a number; null when absent or not one. */
    static Long number(String header) {
        return header != null && header.trim().matches("\\d+") ? Long.parseLong(header.trim()) : null;
    }
}
