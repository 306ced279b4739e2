package io.github.camelmartech.support.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.json.MarTechJson;
import org.apache.hc.core5.net.PercentCodec;

/**
 * One call to a vendor API, before it is sent: method, the raw (already percent-encoded) path, query parameters,
 * headers and the exact body bytes. Immutable, so the same request can be re-sent by a retry and re-signed.
 *
 * <p>Path parameters are encoded segment by segment: a value such as {@code a/b?c#d%} or {@code ..} stays inside its
 * segment and can never address another endpoint.
 */
public final class ApiRequest {

    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE");

    private final String method;
    private final String target;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private final String contentType;
    private final Boolean idempotent;
    private final Set<Integer> resultStatuses;
    private final Map<String, Object> attributes;

    private ApiRequest(Builder b) {
        this.method = b.method;
        this.target = b.target;
        // most requests have no query, statuses or attributes: share the empty immutables instead of copying
        this.query = b.query.isEmpty() ? List.of() : List.copyOf(b.query);
        // Collections.emptyMap(), not Map.of(): a lookup of a null name answers null, as the copied maps do
        this.headers = b.headers.isEmpty() ? Collections.emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.body = b.body;
        this.contentType = b.contentType;
        this.idempotent = b.idempotent;
        this.resultStatuses = b.resultStatuses.isEmpty() ? Set.of() : Set.copyOf(b.resultStatuses);
        this.attributes = b.attributes.isEmpty() ? Collections.emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
    }

    /** This request with more headers, sharing everything else (immutable): what a signer returns. */
    private ApiRequest(ApiRequest request, Map<String, String> headers) {
        this.method = request.method;
        this.target = request.target;
        this.query = request.query;
        this.headers = headers;
        this.body = request.body;
        this.contentType = request.contentType;
        this.idempotent = request.idempotent;
        this.resultStatuses = request.resultStatuses;
        this.attributes = request.attributes;
    }

    /** A request to {@code pathTemplate}, whose {@code {name}} placeholders take {@code pathParams} in order, encoded. */
    public static Builder of(String method, String pathTemplate, Object... pathParams) {
        return new Builder(method, expand(pathTemplate, pathParams));
    }

    public static Builder get(String pathTemplate, Object... pathParams) {
        return of("GET", pathTemplate, pathParams);
    }

    public static Builder post(String pathTemplate, Object... pathParams) {
        return of("POST", pathTemplate, pathParams);
    }

    public static Builder put(String pathTemplate, Object... pathParams) {
        return of("PUT", pathTemplate, pathParams);
    }

    public static Builder delete(String pathTemplate, Object... pathParams) {
        return of("DELETE", pathTemplate, pathParams);
    }

    /**
     * A request to a target the vendor gave us (a next-page link, a poll URL): an absolute URL or a path with its
     * query, already encoded, used as is.
     */
    public static Builder link(String method, String urlOrPath) {
        return new Builder(method, urlOrPath);
    }

    /** Percent-encodes one path segment (RFC 3986 unreserved characters stay; dot segments are encoded too). */
    public static String encodeSegment(String value) {
        if (value.equals(".") || value.equals("..")) {
            return value.replace(".", "%2E");
        }
        return PercentCodec.encode(value, StandardCharsets.UTF_8);
    }

    static String encodeQueryComponent(String value) {
        return PercentCodec.encode(value, StandardCharsets.UTF_8);
    }

    private static String expand(String template, Object... params) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int next = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed placeholder in path template " + template);
                }
                String name = template.substring(i + 1, end);
                if (next >= params.length) {
                    throw new IllegalArgumentException("No value for path parameter {" + name + "} in " + template);
                }
                Object value = params[next++];
                if (value == null || value.toString().isEmpty()) {
                    throw new io.github.camelmartech.support.error.MarTechInvalidInputException(
                            name, "is required in the path " + template);
                }
                sb.append(encodeSegment(value.toString()));
                i = end + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        if (next != params.length) {
            throw new IllegalArgumentException(params.length + " path parameters given for " + template);
        }
        return sb.toString();
    }

    public String method() {
        return method;
    }

    /** The raw target: a path (possibly with a query of its own) or an absolute URL. */
    public String target() {
        return target;
    }

    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /** The first value of query parameter {@code name}, null when the request has none. */
    public String queryValue(String name) {
        return query.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The last segment of the path, percent-decoded: the id a call on {@code /collection/{id}} named. */
    public String lastSegment() {
        String segment = target.substring(target.lastIndexOf('/') + 1);
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The exact bytes to send, or null for no body. */
    public byte[] body() {
        return body;
    }

    public String contentType() {
        return contentType;
    }

    /** The JSON body as a tree, null without one: what a result read back from the request sent (an echo). */
    public JsonNode json() {
        try {
            return MarTechJson.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Client-side state carried with the request (a page number, say); never sent. */
    public Object attribute(String name) {
        return attributes.get(name);
    }

    /**
     * Whether an answer with this (non-2xx) status is this call's result, not an error: a rule of the call (an OTP
     * verification answers a wrong code with 403 and its outcome in the body), not of the vendor's error decoder.
     */
    public boolean isResultStatus(int status) {
        return resultStatuses.contains(status);
    }

    /** Whether sending this twice has the effect of sending it once: by HTTP method unless the vendor says otherwise. */
    public boolean isIdempotent() {
        return idempotent != null ? idempotent : IDEMPOTENT_METHODS.contains(method);
    }

    /**
     * Whether the transport sends a body it can track: requests with a body, and non-idempotent ones without
     * (sent with {@code Content-Length: 0}), so it can tell whether a failed send had left.
     */
    public boolean hasTrackableBody() {
        return body != null || !isIdempotent();
    }

    /** The target with the query parameters appended, encoded. */
    public String targetWithQuery() {
        if (query.isEmpty()) {
            return target;
        }
        StringBuilder sb = new StringBuilder(target);
        char sep = target.indexOf('?') >= 0 ? '&' : '?';
        for (Map.Entry<String, String> p : query) {
            sb.append(sep).append(encodeQueryComponent(p.getKey())).append('=').append(encodeQueryComponent(p.getValue()));
            sep = '&';
        }
        return sb.toString();
    }

    /**
     * This request with {@code added} headers set (replacing those of the same name), everything else shared: a
     * signature is added on every attempt, and copying the query, statuses and attributes each time is waste.
     */
    public ApiRequest withHeaders(Map<String, String> added) {
        if (added.isEmpty()) {
            return this;
        }
        Map<String, String> merged = new LinkedHashMap<>(headers);
        added.forEach((name, value) -> {
            if (value != null) {
                merged.put(name, value);
            }
        });
        return new ApiRequest(this, Collections.unmodifiableMap(merged));
    }

    /** This request to another target (the next page of a collection paged in its path), everything else the same. */
    public ApiRequest withTarget(String otherTarget) {
        return toBuilder(otherTarget).build();
    }

    public Builder toBuilder() {
        return toBuilder(target);
    }

    private Builder toBuilder(String builderTarget) {
        Builder b = new Builder(method, builderTarget);
        b.query.addAll(query);
        b.headers.putAll(headers);
        b.body = body;
        b.contentType = contentType;
        b.idempotent = idempotent;
        b.resultStatuses.addAll(resultStatuses);
        b.attributes.putAll(attributes);
        return b;
    }

    @Override
    public String toString() {
        // no headers and no body: they may carry credentials or personal data
        return method + " " + target + (query.isEmpty() ? "" : " (" + query.size() + " query parameters)");
    }

    public static final class Builder {
        private final String method;
        private final String target;
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private String contentType;
        private Boolean idempotent;
        private final Set<Integer> resultStatuses = new java.util.HashSet<>();
        private final Map<String, Object> attributes = new LinkedHashMap<>();

        private Builder(String method, String target) {
            this.method = method.toUpperCase(java.util.Locale.ROOT);
            this.target = target;
        }

        /** Adds a query parameter (skipped when the value is null). */
        public Builder query(String name, Object value) {
            if (value != null) {
                query.add(Map.entry(name, value.toString()));
            }
            return this;
        }

        /** Replaces every query parameter of that name. */
        public Builder setQuery(String name, Object value) {
            query.removeIf(e -> e.getKey().equals(name));
            return query(name, value);
        }

        public Builder header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        public Builder body(byte[] bytes, String contentType) {
            this.body = bytes;
            this.contentType = contentType;
            return this;
        }

        /** A JSON body: the bytes that will be sent and signed, serialized once. */
        public Builder jsonBody(Object value) {
            return body(io.github.camelmartech.support.json.MarTechJson.toJsonBytes(value), "application/json");
        }

        /** An {@code application/x-www-form-urlencoded} body. */
        public Builder formBody(Map<String, String> fields) {
            StringBuilder sb = new StringBuilder();
            fields.forEach((k, v) -> {
                if (v != null) {
                    sb.append(sb.length() == 0 ? "" : "&").append(encodeQueryComponent(k)).append('=')
                            .append(encodeQueryComponent(v));
                }
            });
            return body(sb.toString().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        }

        /** Overrides the method's idempotency, e.g. for a read the vendor exposes as POST. */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /** Client-side state for whoever reads the response (a paginator); never sent. */
        public Builder attribute(String name, Object value) {
            attributes.put(name, value);
            return this;
        }

        /** Statuses whose answer is the call's result, handed to the operation instead of decoded as an error. */
        public Builder resultStatus(int... statuses) {
            for (int status : statuses) {
                resultStatuses.add(status);
            }
            return this;
        }

        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
