package io.github.camelmartech.support.paging;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelmartech.support.json.MarTechJson;

/**
 * The type of a collection's items, with the Jackson reader that binds one item straight from the parser: a page is
 * never turned into a tree first. Create one per collection (the reader is built once) and share it.
 */
public final class ItemType<T> {

    /** Untyped items, for collections no model was written for. */
    public static final ItemType<JsonNode> JSON = of(JsonNode.class);

    private final JavaType type;
    private final ObjectReader reader;

    private final com.fasterxml.jackson.databind.ObjectMapper mapper;

    private ItemType(com.fasterxml.jackson.databind.ObjectMapper mapper, JavaType type) {
        this.mapper = mapper;
        this.type = type;
        this.reader = mapper.readerFor(type);
    }

    public static <T> ItemType<T> of(Class<T> type) {
        return new ItemType<>(MarTechJson.mapper(), MarTechJson.mapper().constructType(type));
    }

    public static <T> ItemType<T> of(JavaType type) {
        return new ItemType<>(MarTechJson.mapper(), type);
    }

    /** Items bound with a vendor's own mapper (extra modules). */
    public static <T> ItemType<T> of(com.fasterxml.jackson.databind.ObjectMapper mapper, JavaType type) {
        return new ItemType<>(mapper, type);
    }

    public JavaType javaType() {
        return type;
    }

    /** Binds the value the parser is at. */
    public T read(JsonParser parser) throws IOException {
        return reader.readValue(parser);
    }

    /** Binds an item that arrived as a tree or a plain value (a CSV row as a Map, say). */
    public T convert(Object value) {
        return mapper.convertValue(value, type);
    }

    @Override
    public String toString() {
        return type.toString();
    }
}
