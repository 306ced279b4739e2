package io.github.camelmartech.support.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.camelmartech.support.error.MarTechMalformedResponseException;
import io.github.camelmartech.support.json.MarTechJson;

/** A vendor's answer, read fully (bodies are one page at most): status, headers and body bytes. */
public final class ApiResponse {

    private static final int BODY_START_CHARS = 200;

    private final ApiRequest request;
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    /**
     * The body parsed once: the error decoder, the paginator and the typed mapping all read the same tree, so a page
     * of 200 items is not parsed two or three times. Read-only use only; parsed lazily, a race parses twice.
     */
    private volatile JsonNode tree;
    private volatile boolean parsed;

    /** {@code headers} must be a case-insensitive map. */
    public ApiResponse(ApiRequest request, int status, Map<String, List<String>> headers, byte[] body) {
        this.request = request;
        this.status = status;
        this.headers = headers;
        this.body = body != null ? body : new byte[0];
    }

    public ApiRequest request() {
        return request;
    }

    public int status() {
        return status;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> headerValues(String name) {
        return headers.getOrDefault(name, List.of());
    }

    public byte[] body() {
        return body;
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The body as a JSON tree, or null when empty; a body that is not JSON is a malformed response. Parsed on the
     * first call and the same tree returned after, so callers must not modify it.
     */
    public JsonNode json() {
        if (parsed) {
            return tree;
        }
        JsonNode node;
        try {
            node = MarTechJson.readTree(body);
        } catch (IOException e) {
            throw malformed("Response is not JSON", e);
        }
        tree = node;
        parsed = true;
        return node;
    }

    /**
     * The value at a JSON pointer of object fields ({@code /result_info/status_code}), without a tree of the body:
     * the parser skips every other field and array, so a decoder can look at one field of each answer (a vendor that
     * reports errors inside 2xx bodies) without building a tree of every page. The missing node when absent, when the
     * body is empty or not JSON, or when the path crosses something that is not an object. Uses the tree when one
     * was parsed already.
     */
    public JsonNode jsonAt(String pointer) {
        if (parsed) {
            return tree == null ? MissingNode.getInstance() : tree.at(pointer);
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON pointer to a field starts with /: " + pointer);
        }
        if (!hasBody()) {
            return MissingNode.getInstance();
        }
        String[] path = pointer.substring(1).split("/");
        try (JsonParser parser = MarTechJson.mapper().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return MissingNode.getInstance();
            }
            int depth = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!name.equals(path[depth])) {
                    parser.skipChildren();
                } else if (depth == path.length - 1) {
                    JsonNode found = MarTechJson.mapper().readTree(parser);
                    return found != null ? found : MissingNode.getInstance();
                } else if (value == JsonToken.START_OBJECT) {
                    depth++;
                } else {
                    return MissingNode.getInstance();
                }
            }
            return MissingNode.getInstance();
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** The body as JSON that must be present (an empty body is a malformed response). */
    public JsonNode requireJson() {
        JsonNode node = json();
        if (node == null || node.isMissingNode()) {
            throw malformed("Expected a JSON body", null);
        }
        return node;
    }

    public <T> T as(Class<T> type) {
        return as(MarTechJson.mapper().constructType(type));
    }

    /**
     * The body bound to {@code type} straight from the bytes (no tree in between, unless one was parsed already for
     * the error decoder); an empty body or JSON of another shape is a malformed response.
     */
    public <T> T as(JavaType type) {
        return as(MarTechJson.mapper(), type);
    }

    /** As {@link #as(JavaType)}, with a vendor's own mapper. */
    @SuppressWarnings("unchecked")
    public <T> T as(com.fasterxml.jackson.databind.ObjectMapper mapper, JavaType type) {
        if (type.getRawClass() == JsonNode.class) {
            return (T) requireJson();
        }
        if (!hasBody()) {
            throw malformed("Expected a JSON body", null);
        }
        try {
            JsonNode node = parsed ? tree : null;
            return node != null ? mapper.treeToValue(node, type) : mapper.readValue(body, type);
        } catch (IOException e) {
            throw malformed("Response JSON does not match " + type.getTypeName(), e);
        }
    }

    /**
     * A part of this answer (an envelope's result, say) bound to {@code type}: null when absent or JSON null, the part
     * itself for a {@code JsonNode}; a part of another shape is a malformed response naming {@code what}.
     */
    @SuppressWarnings("unchecked")
    public <T> T bind(JsonNode part, JavaType type, String what) {
        if (part == null || part.isNull() || part.isMissingNode()) {
            return null;
        }
        if (type.getRawClass() == JsonNode.class) {
            return (T) part;
        }
        try {
            return MarTechJson.mapper().treeToValue(part, type);
        } catch (Exception e) {
            String text = part.toString();
            throw new MarTechMalformedResponseException(what + " does not match " + type.getTypeName(), status,
                    text.length() <= BODY_START_CHARS ? text : text.substring(0, BODY_START_CHARS) + "...", e);
        }
    }

    public MarTechMalformedResponseException malformed(String message, Throwable cause) {
        return new MarTechMalformedResponseException(message + " for " + request, status, bodyStart(), cause);
    }

    /** The first characters of the body, for diagnostics. */
    public String bodyStart() {
        String text = bodyAsString();
        return text.length() <= BODY_START_CHARS ? text : text.substring(0, BODY_START_CHARS) + "...";
    }
}
