package io.github.camelmartech.support.operation;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.camelmartech.support.error.MarTechInvalidInputException;

/**
 * Query parameters in OpenAPI's {@code style: deepObject} form: an object's fields as bracketed names under the
 * parameter ({@code query[name]=ann}, {@code query[createdOn][from]=2024-01-01}), added one by one or flattened from
 * nested Maps. Each field name is checked (a letter, then letters, digits and _), so no name can open or close a
 * bracket of its own; an empty value is refused in the vendor's words, named by its dotted path
 * ({@code query.createdOn.from}). The names are kept as they are: the transport percent-encodes the brackets.
 */
public final class DeepObjectQuery {

    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final String empty;

    /** {@code empty}: the vendor's words for an empty value ({@code must not be empty}). */
    public DeepObjectQuery(String empty) {
        this.empty = empty;
    }

    /** {@code parameter[field]...=value} as text; without fields, {@code parameter=value} under any name. */
    public DeepObjectQuery put(Object value, String parameter, String... fields) {
        StringBuilder name = new StringBuilder(parameter);
        StringBuilder path = new StringBuilder(parameter);
        for (String field : fields) {
            name.append('[').append(field(parameter, field)).append(']');
            path.append('.').append(field);
        }
        String text = value == null ? "" : value.toString();
        if (text.isBlank()) {
            throw new MarTechInvalidInputException(path.toString(), empty);
        }
        parameters.put(name.toString(), text);
        return this;
    }

    /** Each entry as {@code parameter[field]...=value}, a Map value as the fields under its own ({@code [from]}). */
    public DeepObjectQuery putAll(Map<?, ?> entries, String parameter, String... fields) {
        entries.forEach((key, value) -> {
            String[] path = Arrays.copyOf(fields, fields.length + 1);
            path[fields.length] = field(parameter, String.valueOf(key));
            if (value instanceof Map<?, ?> map) {
                putAll(map, parameter, path);
            } else {
                put(value, parameter, path);
            }
        });
        return this;
    }

    /** The parameters by name, in the order they were added. */
    public Map<String, String> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** A Map's entries with their keys as text, in order; anything else is refused, named {@code field}. */
    public static Map<String, Object> entries(String field, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new MarTechInvalidInputException(field, "must be a Map of field to value");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static String field(String parameter, String field) {
        if (field == null || !FIELD.matcher(field).matches()) {
            throw new MarTechInvalidInputException(parameter, "field names are letters, digits and _ (got '" + field
                                                              + "')");
        }
        return field;
    }
}
