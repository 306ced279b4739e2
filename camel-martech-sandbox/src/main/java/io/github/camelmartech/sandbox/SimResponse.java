package io.github.camelmartech.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** What a simulator route answers: status, headers and body bytes. */
public final class SimResponse {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];

    private SimResponse(int status) {
        this.status = status;
    }

    public static SimResponse status(int status) {
        return new SimResponse(status);
    }

    /** A JSON body (a Jackson tree, a Map, a List, a number or a String, serialised as JSON). */
    public static SimResponse json(int status, Object body) {
        try {
            return status(status).header("Content-Type", "application/json; charset=utf-8")
                    .body(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable as JSON", e);
        }
    }

    public static SimResponse text(int status, String contentType, String body) {
        return status(status).header("Content-Type", contentType).body(body.getBytes(StandardCharsets.UTF_8));
    }

    public SimResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public SimResponse body(byte[] bytes) {
        this.body = bytes;
        return this;
    }

    public int statusCode() {
        return status;
    }

    /** A header set on this answer, or null. */
    public String header(String name) {
        return headers.get(name);
    }

    /** The body as text (UTF-8). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the answer is not JSON: " + bodyText(), e);
        }
    }

    ResponseDefinition toDefinition() {
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition().withStatus(status).withBody(body);
        headers.forEach(builder::withHeader);
        return builder.build();
    }
}
