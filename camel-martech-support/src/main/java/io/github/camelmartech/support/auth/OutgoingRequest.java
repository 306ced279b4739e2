package io.github.camelmartech.support.auth;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpRequest;

/**
 * The request exactly as it is about to be sent, for a signer: method, raw path, raw query and body bytes. Signing
 * these (not a model of the request) guarantees the vendor verifies the bytes it receives.
 */
public final class OutgoingRequest {

    private final HttpRequest request;
    private final String rawPath;
    private final String rawQuery;
    private byte[] body;

    OutgoingRequest(HttpRequest request) {
        this.request = request;
        String target = request.getPath();
        if (target.startsWith("http://") || target.startsWith("https://")) {
            URI uri = URI.create(target);
            this.rawPath = uri.getRawPath();
            this.rawQuery = uri.getRawQuery();
        } else {
            int q = target.indexOf('?');
            this.rawPath = q < 0 ? target : target.substring(0, q);
            this.rawQuery = q < 0 ? null : target.substring(q + 1);
        }
    }

    public String method() {
        return request.getMethod();
    }

    /** The path as sent, percent-encoded, without the query. */
    public String rawPath() {
        return rawPath;
    }

    /** The query as sent, percent-encoded, or null. */
    public String rawQuery() {
        return rawQuery;
    }

    /** The body bytes as sent; empty when there is no body. */
    public byte[] body() throws IOException {
        if (body == null) {
            body = readBody();
        }
        return body;
    }

    public String bodyAsString() throws IOException {
        return new String(body(), StandardCharsets.UTF_8);
    }

    public String header(String name) {
        var header = request.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    public void setHeader(String name, String value) {
        request.setHeader(name, value);
    }

    private byte[] readBody() throws IOException {
        if (!(request instanceof ClassicHttpRequest classic) || classic.getEntity() == null) {
            return new byte[0];
        }
        HttpEntity entity = classic.getEntity();
        if (!entity.isRepeatable()) {
            throw new IOException("Cannot sign a body that can be read only once");
        }
        try (InputStream in = entity.getContent()) {
            return in.readAllBytes();
        }
    }
}
