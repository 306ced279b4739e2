package io.github.camelmartech.support.testing;

import java.util.List;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Path parameter values that try to leave their segment (another path, a query, a fragment, a header, a second
 * request) and the check that the vendor received exactly one request with the value encoded in its own segment.
 */
public final class PathInjection {

    /** The hostile values: separators, dot segments, query and fragment marks, percent, CRLF with a header. */
    public static final List<String> HOSTILE_VALUES = List.of(
            "a/b",
            "..",
            ".",
            "../../admin",
            "x?admin=1",
            "x#fragment",
            "100%",
            "%2F..%2Fadmin",
            "id\r\nX-Evil: 1",
            "id\r\nX-Evil: 1\r\n\r\nGET /evil HTTP/1.1\r\nHost: evil",
            "a b;c=d",
            "Ünïcødé/✓");

    private PathInjection() {
    }

    /**
     * Checks that {@code received} (every request the stub got) is exactly one request to {@code prefix} +
     * the encoded value + {@code suffix}, with no injected header.
     */
    public static void assertOnlyRequest(List<LoggedRequest> received, String prefix, String value, String suffix) {
        String expectedPath = prefix + PercentEncoding.segment(value) + suffix;
        if (received.size() != 1) {
            throw new AssertionError("expected exactly one request to " + expectedPath + " but the stub received "
                                     + received.stream().map(r -> r.getMethod() + " " + r.getUrl()).toList());
        }
        LoggedRequest request = received.get(0);
        String url = request.getUrl();
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        if (!path.equals(expectedPath)) {
            throw new AssertionError("raw path " + path + " is not " + expectedPath);
        }
        if (!PercentEncoding.decode(path.substring(prefix.length(), path.length() - suffix.length())).equals(value)) {
            throw new AssertionError("the segment of " + path + " does not decode back to the value");
        }
        for (HttpHeader header : request.getHeaders().all()) {
            if (header.keyEquals("X-Evil") || header.values().stream().anyMatch(v -> v.contains("X-Evil")
                                                                                    || v.contains("\r") || v.contains("\n"))) {
                throw new AssertionError("injected header in the request: " + header.key());
            }
        }
    }
}
