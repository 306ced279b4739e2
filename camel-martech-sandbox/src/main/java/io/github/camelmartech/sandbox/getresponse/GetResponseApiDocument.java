package io.github.camelmartech.sandbox.getresponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;

/**
 * GetResponse's OpenAPI document of API v3 (the copy committed with camel-getresponse, on the simulator's class path)
 * as the simulator reads it: each operation's method and path, the query parameters it takes and requires, its
 * request body (media type, required top-level fields) and its success answer (status, schema, paging), and a sample
 * instance of any of its schemas to answer with. Read once per JVM.
 */
final class GetResponseApiDocument {

    /** One operation of the document. */
    record Operation(String operationId, String method, String path, int status, boolean paged, Set<String> query,
                     Set<String> requiredQuery, String contentType, Set<String> requiredBody, JsonNode answer) {
    }

    private static final String RESOURCE = "/io/github/camelmartech/sandbox/getresponse/openapi.json";
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final int DEPTH = 8;

    private static volatile GetResponseApiDocument instance;

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();

    private GetResponseApiDocument(JsonNode root) {
        this.root = root;
        root.path("paths").fields().forEachRemaining(path -> {
            JsonNode item = resolve(path.getValue());
            for (String method : METHODS) {
                if (item.has(method)) {
                    operations.add(operation(path.getKey(), method, item, resolve(item.get(method))));
                }
            }
        });
    }

    static GetResponseApiDocument get() {
        GetResponseApiDocument document = instance;
        if (document == null) {
            synchronized (GetResponseApiDocument.class) {
                if (instance == null) {
                    try (InputStream in = GetResponseApiDocument.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(RESOURCE + " is not on the class path");
                        }
                        instance = new GetResponseApiDocument(SimJson.mapper().readTree(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                document = instance;
            }
        }
        return document;
    }

    List<Operation> operations() {
        return operations;
    }

    String version() {
        return root.path("info").path("version").asText();
    }

    private Operation operation(String path, String method, JsonNode item, JsonNode op) {
        Set<String> query = new TreeSet<>();
        Set<String> requiredQuery = new TreeSet<>();
        for (JsonNode list : List.of(item.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode parameter = resolve(p);
                if ("query".equals(parameter.path("in").asText())) {
                    query.add(parameter.path("name").asText());
                    if (parameter.path("required").asBoolean()) {
                        requiredQuery.add(parameter.path("name").asText());
                    }
                }
            }
        }
        int status = 200;
        boolean paged = false;
        JsonNode answer = MissingNode.getInstance();
        for (Iterator<Map.Entry<String, JsonNode>> it = op.path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            if (response.getKey().startsWith("2")) {
                JsonNode resolved = resolve(response.getValue());
                status = Integer.parseInt(response.getKey());
                paged = resolved.path("headers").has("TotalPages");
                answer = resolved.path("content").path("application/json").path("schema");
                break;
            }
        }
        String contentType = null;
        Set<String> requiredBody = Set.of();
        JsonNode content = resolve(op.path("requestBody")).path("content");
        if (content.size() > 0) {
            contentType = content.has("application/json") ? "application/json" : content.fieldNames().next();
            requiredBody = required(content.path(contentType).path("schema"));
        }
        return new Operation(op.path("operationId").asText(), method.toUpperCase(java.util.Locale.ROOT), path, status,
                paged, query, requiredQuery, contentType, requiredBody, answer);
    }

    /** The top-level fields a request body must have: required through allOf, less those only the vendor writes. */
    private Set<String> required(JsonNode schema) {
        Set<String> required = new TreeSet<>();
        Set<String> readOnly = new HashSet<>();
        collect(resolve(schema), required, readOnly, 0);
        required.removeAll(readOnly);
        return required;
    }

    private void collect(JsonNode schema, Set<String> required, Set<String> readOnly, int depth) {
        if (depth > DEPTH) {
            return;
        }
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(p -> {
            if (resolve(p.getValue()).path("readOnly").asBoolean()) {
                readOnly.add(p.getKey());
            }
        });
        schema.path("allOf").forEach(part -> collect(resolve(part), required, readOnly, depth + 1));
    }

    /**
     * An instance of a schema: its example where it gives one, else a value of its type (the first of an enum, a
     * value of a string's format), objects with every property, arrays of one item.
     */
    JsonNode sample(JsonNode schemaNode) {
        return sample(schemaNode, 0);
    }

    private JsonNode sample(JsonNode schemaNode, int depth) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        JsonNode schema = resolve(schemaNode);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("allOf")) { // objects merged; a part that is not one (an enum by reference) is the value
            ObjectNode merged = json.objectNode();
            if (schema.has("properties")) {
                merged.setAll((ObjectNode) sample(((ObjectNode) schema.deepCopy()).without("allOf"), depth));
            }
            for (JsonNode part : schema.get("allOf")) {
                JsonNode value = sample(part, depth);
                if (!value.isObject()) {
                    return value;
                }
                merged.setAll((ObjectNode) value);
            }
            return merged;
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (schema.path(alternatives).size() > 0) {
                return sample(schema.get(alternatives).get(0), depth);
            }
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                ObjectNode object = json.objectNode();
                if (depth < DEPTH) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                            sample(p.getValue(), depth + 1)));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = json.arrayNode();
                if (depth < DEPTH) {
                    array.add(sample(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> json.numberNode(schema.path("minimum").asLong(1));
            case "number" -> json.numberNode(schema.path("minimum").asDouble(1.5));
            case "boolean" -> json.booleanNode(true);
            default -> schema.has("enum") ? schema.get("enum").get(0) : json.textNode(text(schema.path("format").asText()));
        };
    }

    private static String text(String format) {
        return switch (format) {
            case "date-time" -> "2024-01-02T10:00:00+0000";
            case "date" -> "2024-01-02";
            case "email" -> "john.doe@example.com";
            case "uri", "url" -> "https://example.com/";
            case "ipv4" -> "192.0.2.1";
            default -> "string";
        };
    }

    /** Follows local {@code $ref}s until a node that is not one. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        Set<String> seen = new HashSet<>();
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/") || !seen.add(ref)) {
                break;
            }
            current = root.at(ref.substring(1));
        }
        return current == null ? MissingNode.getInstance() : current;
    }
}
