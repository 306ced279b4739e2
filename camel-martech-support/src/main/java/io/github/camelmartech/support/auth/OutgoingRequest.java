package io.github.camelmartech.support.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelmartech.support.http.ApiRequest;

/**
 * The request exactly as it is about to be sent, for a signer: method, raw path, raw query and body bytes, all read
 * from the {@link ApiRequest} the send step will write (nothing is read back from an HTTP entity). Signing these,
 * not a model of the request, guarantees the vendor verifies the bytes it receives.
 */
public final class OutgoingRequest {

    private static final byte[] NO_BODY = new byte[0];

    private final ApiRequest request;
    /** The headers the auth sets; most set one or two, so no copy of the whole request is built for them. */
    private final Map<String, String> added = new LinkedHashMap<>(4);
    private final String rawPath;
    private final String rawQuery;

    OutgoingRequest(ApiRequest request, URI uri) {
        this.request = request;
        this.rawPath = uri.getRawPath();
        this.rawQuery = uri.getRawQuery();
    }

    public String method() {
        return request.method();
    }

    /** The path as sent, percent-encoded, without the query. */
    public String rawPath() {
        return rawPath;
    }

    /** The query as sent, percent-encoded, or null. */
    public String rawQuery() {
        return rawQuery;
    }

    /** The body bytes as sent; empty when there is no body. Callers must not modify the array. */
    public byte[] body() {
        return request.body() != null ? request.body() : NO_BODY;
    }

    public String bodyAsString() {
        return new String(body(), StandardCharsets.UTF_8);
    }

    /** A header of the request ({@code Content-Type} is the body's). */
    public String header(String name) {
        if ("Content-Type".equalsIgnoreCase(name) && request.contentType() != null) {
            return request.contentType();
        }
        return request.headers().get(name);
    }

    public void setHeader(String name, String value) {
        if (value != null) {
            added.put(name, value);
        }
    }

    ApiRequest signed() {
        return request.withHeaders(added);
    }
}
