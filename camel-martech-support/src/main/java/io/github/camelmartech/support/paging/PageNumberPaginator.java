package io.github.camelmartech.support.paging;

import java.util.List;

import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;

/**
 * Paging by page number: in the query ({@code ?page=2&perPage=100}, GetResponse) or in the path (APSIS
 * {@code /all/{page}/{size}}), ending at the total page count the vendor gives in a header or the body, or, when it
 * gives none, at the first short page.
 */
public final class PageNumberPaginator implements Paginator {

    /** Builds the request for one page. */
    @FunctionalInterface
    public interface PageRequest {
        ApiRequest build(ApiRequest collection, int page, int pageSize);
    }

    private final PageRequest pageRequest;
    private final int firstPage;
    private final String itemsPointer;
    private final String totalPagesHeader;
    private final String totalPagesPointer;
    private final String totalItemsPointer;
    private final int defaultPageSize;

    private PageNumberPaginator(Builder b) {
        this.pageRequest = b.pageRequest;
        this.firstPage = b.firstPage;
        this.itemsPointer = b.itemsPointer;
        this.totalPagesHeader = b.totalPagesHeader;
        this.totalPagesPointer = b.totalPagesPointer;
        this.totalItemsPointer = b.totalItemsPointer;
        this.defaultPageSize = b.defaultPageSize;
    }

    /** Page and size as query parameters. */
    public static Builder inQuery(String pageParameter, String sizeParameter) {
        return new Builder((c, page, size) -> c.toBuilder().setQuery(pageParameter, page).setQuery(sizeParameter, size).build());
    }

    /** Page and size wherever the vendor wants them, e.g. in the path. */
    public static Builder custom(PageRequest pageRequest) {
        return new Builder(pageRequest);
    }

    @Override
    public ApiRequest first(ApiRequest collection, int pageSize) {
        return new PagedRequest(collection, firstPage, size(pageSize)).request(pageRequest);
    }

    @Override
    public <T> Page<T> read(ApiResponse response, ItemType<T> type) {
        PageBody<T> page = PageBody.read(response, itemsPointer, type);
        List<T> items = page.items();
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
        if (totalPagesHeader != null && response.header(totalPagesHeader) != null) {
            String v = response.header(totalPagesHeader).trim();
            if (v.matches("\\d+")) {
                return Long.parseLong(v);
            }
        }
        return page.longAt(totalPagesPointer);
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

        public PageNumberPaginator build() {
            return new PageNumberPaginator(this);
        }
    }
}
