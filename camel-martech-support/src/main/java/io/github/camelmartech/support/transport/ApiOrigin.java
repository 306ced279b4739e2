package io.github.camelmartech.support.transport;

import java.net.URI;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;

/**
 * The API an endpoint talks to: its base URL, against which relative targets are resolved, and its origin (scheme,
 * host, port). Credentials, signatures and vendor steps apply only to requests to this origin, never to a foreign
 * URL a vendor hands out (a download link, a poll URL elsewhere).
 */
public final class ApiOrigin {

    private final String baseUrl;
    private final URI baseUri;

    public ApiOrigin(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new MarTechInvalidInputException("baseUrl", "is required");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.baseUri = URI.create(this.baseUrl);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The absolute URI of a request: its target as is when absolute, else appended to the base URL. */
    public URI resolve(ApiRequest request) {
        String target = request.targetWithQuery();
        if (isAbsolute(target)) {
            return URI.create(target);
        }
        return URI.create(baseUrl + (target.startsWith("/") || target.isEmpty() ? "" : "/") + target);
    }

    /** Whether the request goes to the API's own scheme, host and port. */
    public boolean isApi(ApiRequest request) {
        return !isAbsolute(request.target()) || isApi(resolve(request));
    }

    public boolean isApi(URI uri) {
        return baseUri.getScheme().equalsIgnoreCase(uri.getScheme())
               && baseUri.getHost().equalsIgnoreCase(uri.getHost())
               && port(baseUri) == port(uri);
    }

    private static boolean isAbsolute(String target) {
        return target.regionMatches(true, 0, "http://", 0, 7) || target.regionMatches(true, 0, "https://", 0, 8);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
