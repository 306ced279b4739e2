package io.github.camelmartech.apifon;

import io.github.camelmartech.support.paging.NextLinkPaginator;

/**
 * Apifon's paging: {@code results}, {@code links.next} (empty on the last page), {@code meta.total}. The next
 * link is absolute and names Apifon's public host; like the official SDK, only its path and query are kept and
 * sent to the configured base URL, so paging works behind a proxy or sandbox base URL and stays signed.
 */
final class ApifonPaginator {

    static final NextLinkPaginator INSTANCE = new NextLinkPaginator("/results", "/links/next", "size", "/meta/total");

    private ApifonPaginator() {
    }
}
