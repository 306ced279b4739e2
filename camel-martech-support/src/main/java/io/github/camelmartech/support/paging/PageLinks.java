package io.github.camelmartech.support.paging;

import java.net.URI;

import io.github.camelmartech.support.http.ApiRequest;

/** Turns a vendor's next-page link into the request for that page. */
public final class PageLinks {

    private PageLinks() {
    }

    /**
     * The request for {@code link}, keeping the current request's method, headers and body; null when there is no
     * link or it points at the current page (a vendor linking a page to itself must not loop the walk).
     *
     * <p>Only the link's path and query are kept: the page is fetched from the configured {@code baseUrl} (its scheme,
     * host and port, a proxy or a sandbox) and signed like the first page. A request never leaves that origin nor
     * drops to http because a vendor writes its links with its public host or over http.
     */
    public static ApiRequest next(ApiRequest current, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String target = pathAndQuery(link.trim());
        if (target.equals(current.targetWithQuery())) {
            return null;
        }
        ApiRequest.Builder next = ApiRequest.link(current.method(), target);
        current.headers().forEach(next::header);
        if (current.body() != null) {
            next.body(current.body(), current.contentType());
        }
        return next.build();
    }

    private static String pathAndQuery(String link) {
        if (!link.regionMatches(true, 0, "http://", 0, 7) && !link.regionMatches(true, 0, "https://", 0, 8)) {
            return link;
        }
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
