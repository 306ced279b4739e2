package io.github.camelmartech.apifon;

import java.net.URI;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.paging.NextLinkPaginator;
import io.github.camelmartech.support.paging.Page;
import io.github.camelmartech.support.paging.Paginator;

/**
 * Apifon's paging: {@code results}, {@code links.next} (empty on the last page), {@code meta.total}. The next
 * link is absolute and names Apifon's public host; like the official SDK, only its path and query are kept and
 * sent to the configured base URL, so paging works behind a proxy or sandbox base URL and stays signed.
 */
final class ApifonPaginator implements Paginator {

    static final ApifonPaginator INSTANCE = new ApifonPaginator();

    private final NextLinkPaginator links = new NextLinkPaginator("/results", "/links/next", "size", "/meta/total");

    @Override
    public ApiRequest first(ApiRequest collection, int pageSize) {
        return links.first(collection, pageSize);
    }

    @Override
    public Page<JsonNode> read(ApiResponse response) {
        Page<JsonNode> page = links.read(response);
        ApiRequest next = page.next();
        if (next == null || !next.target().matches("(?i)https?://.*")) {
            return page;
        }
        URI uri = URI.create(next.target());
        String relative = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (relative.equals(response.request().targetWithQuery())) {
            return new Page<>(page.items(), null, page.totalItems());
        }
        ApiRequest.Builder rewritten = ApiRequest.link(next.method(), relative);
        next.headers().forEach(rewritten::header);
        return new Page<>(page.items(), rewritten.build(), page.totalItems());
    }
}
