package io.github.camelmartech.support.paging;

import java.util.List;

import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;

/**
 * Paging by page number: in the query ({@code ?page=2&perPage=100}, GetResponse) or in the path (APSIS
 * {@code /all/{page}/{size}}), ending at the total page count the vendor gives in a header or the body, or, when it
 * gives none, at the first short page. With {@link Builder#asRequested()}, a collection request that already names
 * its page in the query is that one page, and one that names its page size walks pages of that size.
 */
public final class PageNumberPaginator implements Paginator {

    /** Builds the request for one page. */
    @FunctionalInterface
    public interface PageRequest {
        ApiRequest build(ApiRequest collection, int page, int pageSize);
    }

    private static final String ONE_PAGE = PageNumberPaginator.class.getName() + ".onePage";

    private final PageRequest pageRequest;
    private final int firstPage;
    private final String itemsPointer;
    private final String totalPagesHeader;
    private final String totalPagesPointer;
    private final String totalItemsPointer;
    private final int defaultPageSize;
    /** The query's page and size parameters when the request's own paging is honoured, else null. */
    private final String requestedPage;
    private final String requestedSize;

    private PageNumberPaginator(Builder b) {
        this.pageRequest = b.pageRequest;
        this.firstPage = b.firstPage;
        this.itemsPointer = b.itemsPointer;
        this.totalPagesHeader = b.totalPagesHeader;
        this.totalPagesPointer = b.totalPagesPointer;
        this.totalItemsPointer = b.totalItemsPointer;
        this.defaultPageSize = b.defaultPageSize;
        this.requestedPage = b.asRequested ? b.pageParameter : null;
        this.requestedSize = b.asRequested ? b.sizeParameter : null;
    }

    /** Page and size as query parameters. */
    public static Builder inQuery(String pageParameter, String sizeParameter) {
        Builder builder = new Builder((c, page, size) -> c.toBuilder().setQuery(pageParameter, page)
                .setQuery(sizeParameter, size).build());
        builder.pageParameter = pageParameter;
        builder.sizeParameter = sizeParameter;
        return builder;
    }

    /** Page and size wherever the vendor wants them, e.g. in the path. */
    public static Builder custom(PageRequest pageRequest) {
        return new Builder(pageRequest);
    }

    @Override
    public ApiRequest first(ApiRequest collection, int pageSize) {
        if (requestedPage != null && collection.queryValue(requestedPage) != null) {
            return collection.toBuilder().attribute(ONE_PAGE, Boolean.TRUE).build();
        }
        String size = requestedSize == null ? null : collection.queryValue(requestedSize);
        return new PagedRequest(collection, firstPage, size(size != null ? Integer.parseInt(size) : pageSize))
                .request(pageRequest);
    }

    @Override
    public <T> Page<T> read(ApiResponse response, ItemType<T> type) {
        PageBody<T> page = PageBody.read(response, itemsPointer, type);
        List<T> items = page.items();
        if (response.request().attribute(ONE_PAGE) != null) {
            return new Page<>(items, null, page.longAt(totalItemsPointer));
        }
        PagedRequest current = PagedRequest.of(response.request());
        Long totalPages = totalPages(response, page);
        boolean more = totalPages != null
                ? current.page() - firstPage + 1 < totalPages
                : items.size() >= current.pageSize();
        ApiRequest next = more && !items.isEmpty()
                ? new PagedRequest(current.collection(), current.page() + 1, current.pageSize()).request(pageRequest)
                : null;
        return new Page<>(items, next, page.longAt(totalItemsPointer));
    }

    private int size(int pageSize) {
        return pageSize > 0 ? pageSize : defaultPageSize;
    }

    private Long totalPages(ApiResponse response, PageBody<?> page) {
        Long header = totalPagesHeader == null ? null : number(response.header(totalPagesHeader));
        return header != null ? header : page.longAt(totalPagesPointer);
    }

    /** A header's count ({@code TotalPages: 3}) as a number; null when absent or not one. */
    public static Long number(String header) {
        return header != null && header.trim().matches("\\d+") ? Long.parseLong(header.trim()) : null;
    }

    /** The page a request asks for, carried as a request attribute so the response can say what comes next. */
    private record PagedRequest(ApiRequest collection, int page, int pageSize) {
        private static final String ATTRIBUTE = PagedRequest.class.getName();

        ApiRequest request(PageRequest factory) {
            return factory.build(collection, page, pageSize).toBuilder().attribute(ATTRIBUTE, this).build();
        }

        static PagedRequest of(ApiRequest request) {
            if (request.attribute(ATTRIBUTE) instanceof PagedRequest paged) {
                return paged;
            }
            throw new IllegalStateException("Response to a request this paginator did not issue: " + request);
        }
    }

    public static final class Builder {
        private final PageRequest pageRequest;
        private String pageParameter;
        private String sizeParameter;
        private boolean asRequested;
        private int firstPage = 1;
        private String itemsPointer = "";
        private String totalPagesHeader;
        private String totalPagesPointer;
        private String totalItemsPointer;
        private int defaultPageSize = 100;

        private Builder(PageRequest pageRequest) {
            this.pageRequest = pageRequest;
        }

        public Builder firstPage(int firstPage) {
            this.firstPage = firstPage;
            return this;
        }

        public Builder itemsAt(String pointer) {
            this.itemsPointer = pointer;
            return this;
        }

        public Builder totalPagesHeader(String header) {
            this.totalPagesHeader = header;
            return this;
        }

        public Builder totalPagesAt(String pointer) {
            this.totalPagesPointer = pointer;
            return this;
        }

        public Builder totalItemsAt(String pointer) {
            this.totalItemsPointer = pointer;
            return this;
        }

        public Builder defaultPageSize(int size) {
            this.defaultPageSize = size;
            return this;
        }

        /**
         * Honours the paging a collection request already names ({@link #inQuery} only): its page is that one page,
         * its size the size of every page walked.
         */
        public Builder asRequested() {
            if (pageParameter == null) {
                throw new IllegalStateException("only page numbers in the query can be as requested");
            }
            this.asRequested = true;
            return this;
        }

        public PageNumberPaginator build() {
            return new PageNumberPaginator(this);
        }
    }
}
