package io.github.camelmartech.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Page arithmetic shared by the vendors' paging rules: cutting page {@code n} (from 1) out of a collection, and the
 * URL of another page of the same request. Each vendor keeps its own rule for what a page answer looks like.
 */
public final class SimPages {

    private SimPages() {
    }

    /** Page {@code page} (from 1) of {@code size} items; empty before the first page or past the last. */
    public static <T> List<T> slice(List<T> items, int page, int size) {
        if (page < 1 || size < 1) {
            return List.of();
        }
        long from = (long) (page - 1) * size;
        if (from >= items.size()) {
            return List.of();
        }
        return items.subList((int) from, (int) Math.min(from + size, items.size()));
    }

    /** How many pages {@code total} items fill, at least one (an empty collection still has its first page). */
    public static int pageCount(int total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }

    /** The same request's absolute URL on another page, the other query parameters kept as sent. */
    public static String pageUrl(SimRequest request, String baseUrl, int page) {
        String url = request.wireMockRequest().getUrl();
        int q = url.indexOf('?');
        String kept = q < 0 ? "" : Arrays.stream(url.substring(q + 1).split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("page=")).map(p -> p + "&").collect(Collectors.joining());
        return baseUrl + request.rawPath() + "?" + kept + "page=" + page;
    }
}
