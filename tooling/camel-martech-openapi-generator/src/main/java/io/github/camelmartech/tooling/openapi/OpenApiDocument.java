package io.github.camelmartech.tooling.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * An OpenAPI 3 document read as what a component needs of each operation: method, path, path and query parameters,
 * the top-level body fields it requires, its success status, whether it is paged (its answer declares the
 * {@code TotalPages} header) and, for a paged collection, the field that identifies an item and the date field the
 * collection can be sorted by. Local {@code $ref}s are followed; {@code readOnly} properties are never required of a
 * request (OpenAPI 3: they are not sent).
 */
final class OpenApiDocument {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete", "head", "options");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");
    /** Dates a collection can be sorted by, in the order preferred as the only-new watermark. */
    private static final List<String> DATE_FIELDS = List.of("createdOn", "createdAt");

    private final JsonNode root;

    OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    String title() {
        return root.path("info").path("title").asText();
    }

    String version() {
        return root.path("info").path("version").asText();
    }

    /** Every operation, sorted by path, then method in {@link #METHODS} order. */
    List<DocumentedOperation> operations() {
        List<DocumentedOperation> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> {
            JsonNode item = resolve(path.getValue());
            for (String method : METHODS) {
                if (item.has(method)) {
                    operations.add(operation(path.getKey(), method, item, resolve(item.get(method))));
                }
            }
        });
        operations.sort(Comparator.comparing(DocumentedOperation::path)
                .thenComparing(o -> METHODS.indexOf(o.method().toLowerCase(java.util.Locale.ROOT))));
        return withItemKeys(operations);
    }

    private DocumentedOperation operation(String path, String method, JsonNode item, JsonNode op) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode p : iterable(item.path("parameters"))) {
            JsonNode resolved = resolve(p);
            parameters.put(resolved.path("in").asText() + ":" + resolved.path("name").asText(), resolved);
        }
        for (JsonNode p : iterable(op.path("parameters"))) { // an operation's parameter overrides the path's
            JsonNode resolved = resolve(p);
            parameters.put(resolved.path("in").asText() + ":" + resolved.path("name").asText(), resolved);
        }
        Set<String> query = new TreeSet<>();
        Set<String> requiredQuery = new TreeSet<>();
        parameters.values().stream().filter(p -> "query".equals(p.path("in").asText())).forEach(p -> {
            query.add(p.path("name").asText());
            if (p.path("required").asBoolean()) {
                requiredQuery.add(p.path("name").asText());
            }
        });
        List<Integer> success = new ArrayList<>();
        boolean paged = false;
        JsonNode answer = MissingNode.getInstance();
        for (Iterator<String> codes = op.path("responses").fieldNames(); codes.hasNext(); ) {
            String code = codes.next();
            if (code.startsWith("2")) {
                JsonNode response = resolve(op.path("responses").get(code));
                success.add(Integer.parseInt(code));
                paged |= response.path("headers").has("TotalPages");
                if (answer.isMissingNode()) {
                    answer = response.path("content").path("application/json").path("schema");
                }
            }
        }
        success.sort(null);
        String contentType = null;
        List<String> requiredBody = List.of();
        JsonNode body = resolve(op.path("requestBody"));
        if (!body.isMissingNode()) {
            JsonNode content = body.path("content");
            contentType = content.has("application/json") ? "application/json"
                    : content.fieldNames().hasNext() ? content.fieldNames().next() : null;
            JsonNode media = contentType == null ? MissingNode.getInstance() : content.path(contentType);
            requiredBody = List.copyOf(new TreeSet<>(requiredFields(media.path("schema"), 0)));
        }
        String dateField = paged ? dateField(query, itemProperties(answer, true)) : null;
        List<String> tags = new ArrayList<>();
        iterable(op.path("tags")).forEach(t -> tags.add(t.asText()));
        return new DocumentedOperation(op.path("operationId").asText(), method.toUpperCase(java.util.Locale.ROOT), path,
                summary(op), tags, success, paged, placeholders(path), List.copyOf(query), List.copyOf(requiredQuery),
                contentType, requiredBody, !answer.isMissingNode(), itemProperties(answer, paged), null, dateField);
    }

    /** Each paged collection's item key: the placeholder of its item path ({@code /contacts/{contactId}}). */
    private static List<DocumentedOperation> withItemKeys(List<DocumentedOperation> operations) {
        Set<String> paths = new LinkedHashSet<>();
        operations.forEach(o -> paths.add(o.path()));
        List<DocumentedOperation> keyed = new ArrayList<>();
        for (DocumentedOperation o : operations) {
            keyed.add(o.paged() ? o.withItemKey(itemKey(o, paths)) : o);
        }
        return keyed;
    }

    private static String itemKey(DocumentedOperation collection, Set<String> paths) {
        for (String path : paths) {
            Matcher m = Pattern.compile(Pattern.quote(collection.path()) + "/\\{([^}/]+)}").matcher(path);
            if (m.matches() && collection.itemProperties().contains(m.group(1))) {
                return m.group(1);
            }
        }
        // no item path: an id field of the item, else (null) the whole item is its identity
        return collection.itemProperties().stream().filter(p -> p.endsWith("Id")).findFirst().orElse(null);
    }

    private static String dateField(Set<String> query, List<String> itemProperties) {
        return DATE_FIELDS.stream().filter(f -> query.contains("sort[" + f + "]") && itemProperties.contains(f))
                .findFirst().orElse(null);
    }

    /**
     * The properties of a collection's items (any, readOnly included): the array's item schema, through allOf. A
     * paged answer the document describes as one object ({@code /sms}) is taken as that item's, its page an array.
     */
    private List<String> itemProperties(JsonNode answer, boolean paged) {
        JsonNode schema = resolve(answer);
        boolean array = "array".equals(schema.path("type").asText());
        if (!array && !paged) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        collectProperties(array ? resolve(schema.path("items")) : schema, names, 0);
        return List.copyOf(names);
    }

    private void collectProperties(JsonNode schema, Set<String> names, int depth) {
        if (depth > 12) {
            return;
        }
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        for (JsonNode sub : iterable(schema.path("allOf"))) {
            collectProperties(resolve(sub), names, depth + 1);
        }
    }

    /**
     * The top-level fields a request body schema requires, through {@code $ref} and {@code allOf}, without
     * {@code readOnly} ones; an array body's as {@code [].field}. Alternatives ({@code oneOf}) require nothing here.
     */
    private Set<String> requiredFields(JsonNode schemaNode, int depth) {
        JsonNode schema = resolve(schemaNode);
        Set<String> required = new TreeSet<>();
        if (!schema.isObject() || depth > 12) {
            return required;
        }
        iterable(schema.path("required")).forEach(r -> required.add(r.asText()));
        Set<String> readOnly = readOnly(schema, 0);
        boolean hasProperties = schema.path("properties").size() > 0;
        for (JsonNode sub : iterable(schema.path("allOf"))) {
            required.addAll(requiredFields(sub, depth + 1));
            hasProperties |= resolve(sub).path("properties").size() > 0;
        }
        if ("array".equals(schema.path("type").asText()) && schema.has("items") && !hasProperties) {
            Set<String> items = new TreeSet<>();
            requiredFields(schema.path("items"), depth + 1).forEach(f -> items.add("[]." + f));
            return items;
        }
        required.removeAll(readOnly);
        return required;
    }

    private Set<String> readOnly(JsonNode schemaNode, int depth) {
        JsonNode schema = resolve(schemaNode);
        Set<String> names = new TreeSet<>();
        if (depth > 12) {
            return names;
        }
        schema.path("properties").fields().forEachRemaining(p -> {
            if (resolve(p.getValue()).path("readOnly").asBoolean()) {
                names.add(p.getKey());
            }
        });
        for (JsonNode sub : iterable(schema.path("allOf"))) {
            names.addAll(readOnly(sub, depth + 1));
        }
        return names;
    }

    /** Follows local {@code $ref}s ({@code #/components/...}) until a node that is not one. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        Set<String> seen = new LinkedHashSet<>();
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/") || !seen.add(ref)) {
                return current;
            }
            current = root.at(ref.substring(1));
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    private static String summary(JsonNode op) {
        String text = op.path("summary").asText(op.path("description").asText("")).trim().replaceAll("\\s+", " ");
        return text.isEmpty() || text.endsWith(".") ? text : text + ".";
    }

    private static List<String> placeholders(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node.isArray() ? node : List.of();
    }
}
