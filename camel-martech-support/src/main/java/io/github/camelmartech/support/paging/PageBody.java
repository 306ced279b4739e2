package io.github.camelmartech.support.paging;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.json.MarTechJson;

/**
 * A JSON page read in one streaming pass: the items of the array at a JSON pointer, each bound straight from the
 * parser to its type, and everything else of the body (links, meta, counts: small) kept as a tree, the envelope.
 * Memory is the page's items; no tree of the items is ever built.
 *
 * @param envelope the body without the item array; an empty object when the body is the array itself
 */
public record PageBody<T>(List<T> items, JsonNode envelope) {

    /**
     * Reads a page whose items are at {@code itemsPointer} ({@code ""} for a body that is the array, {@code /results},
     * {@code /Result/Items}). A missing or null array is an empty page; an empty body is a malformed response.
     */
    public static <T> PageBody<T> read(ApiResponse response, String itemsPointer, ItemType<T> type) {
        if (!response.hasBody()) {
            throw response.malformed("Expected a JSON page", null);
        }
        String[] path = itemsPointer.isEmpty() ? new String[0] : itemsPointer.substring(1).split("/");
        try (JsonParser parser = MarTechJson.mapper().createParser(response.body())) {
            JsonToken first = parser.nextToken();
            ObjectNode envelope = MarTechJson.mapper().createObjectNode();
            List<T> items;
            if (path.length == 0) {
                items = first == JsonToken.VALUE_NULL ? List.of() : array(response, parser, type, itemsPointer);
            } else if (first == JsonToken.START_OBJECT) {
                items = descend(response, parser, path, 0, envelope, type, itemsPointer);
            } else {
                throw response.malformed("Expected a JSON object holding the items at '" + itemsPointer + "'", null);
            }
            return new PageBody<>(items, envelope);
        } catch (IOException e) {
            throw response.malformed("Page is not JSON of the expected shape (" + type + " items)", e);
        }
    }

    /** At START_OBJECT: copies fields into {@code node} except the path, which leads to the items. */
    private static <T> List<T> descend(ApiResponse response, JsonParser parser, String[] path, int depth,
                                       ObjectNode node, ItemType<T> type, String pointer) throws IOException {
        List<T> items = List.of();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!name.equals(path[depth])) {
                node.set(name, MarTechJson.mapper().readTree(parser));
            } else if (depth == path.length - 1) {
                items = value == JsonToken.VALUE_NULL ? List.of() : array(response, parser, type, pointer);
            } else if (value == JsonToken.START_OBJECT) {
                items = descend(response, parser, path, depth + 1, node.putObject(name), type, pointer);
            } else {
                node.set(name, MarTechJson.mapper().readTree(parser));
            }
        }
        return items;
    }

    private static <T> List<T> array(ApiResponse response, JsonParser parser, ItemType<T> type, String pointer)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw response.malformed("Expected an item array at '" + pointer + "'", null);
        }
        List<T> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(type.read(parser));
        }
        return items;
    }

    /**
     * The items of a page read as a tree whose array has no fixed place: the body itself when it is an array, else
     * its first array field not named in {@code except} (an {@code errors} array is not the items); an object
     * without one is an empty page.
     */
    public static List<JsonNode> firstArray(ApiResponse response, JsonNode body, String... except) {
        JsonNode array = body;
        if (body.isObject()) {
            array = null;
            Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
            while (array == null && fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isArray() && !List.of(except).contains(field.getKey())) {
                    array = field.getValue();
                }
            }
        }
        if (array == null) {
            return List.of();
        }
        if (!array.isArray()) {
            throw response.malformed("Expected a list of items", null);
        }
        List<JsonNode> items = new ArrayList<>(array.size());
        array.forEach(items::add);
        return items;
    }

    /** A number in the envelope ({@code /meta/total}), or null. */
    public Long longAt(String pointer) {
        if (pointer == null) {
            return null;
        }
        JsonNode value = envelope.at(pointer);
        return value.canConvertToLong() || value.isTextual() && value.asText().matches("\\d+") ? value.asLong() : null;
    }
}
