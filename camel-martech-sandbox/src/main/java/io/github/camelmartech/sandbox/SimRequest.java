package io.github.camelmartech.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;

/** One request as a simulator route sees it: WireMock's request plus the route's decoded path parameters. */
public final class SimRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Request request;
    private final Map<String, String> pathParameters;

    SimRequest(Request request, Map<String, String> pathParameters) {
        this.request = request;
        this.pathParameters = pathParameters;
    }

    public String method() {
        return request.getMethod().getName();
    }

    /** The raw (still percent-encoded) path, without the query: what signatures cover. */
    public String rawPath() {
        String url = request.getUrl();
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    public String header(String name) {
        return request.getHeader(name);
    }

    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalStateException("the route has no path parameter " + name);
        }
        return value;
    }

    /** The first value of a query parameter, or {@code fallback}. */
    public String query(String name, String fallback) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter != null && parameter.isPresent() ? parameter.firstValue() : fallback;
    }

    /** An integer query parameter; a value that is not one is the caller's error, as the vendor would say. */
    public int queryInt(String name, int fallback) {
        String value = query(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw SimulatorException.badRequest(name, "must be an integer, not " + value);
        }
    }

    public String body() {
        return request.getBodyAsString();
    }

    public byte[] bodyBytes() {
        return request.getBody();
    }

    /** The body as JSON; a body that is not JSON is answered as the vendor's 400. */
    public JsonNode json() {
        String body = body();
        if (body == null || body.isBlank()) {
            throw SimulatorException.badRequest("body", "a JSON body is required");
        }
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw SimulatorException.badRequest("body", "is not valid JSON");
        }
    }

    /** A form parameter of an {@code application/x-www-form-urlencoded} body, or of the query when not in the body. */
    public String formOrQuery(String name) {
        for (String pair : (body() == null ? "" : body()).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return query(name, null);
    }

    /** The WireMock request, for anything else. */
    public Request wireMockRequest() {
        return request;
    }
}
