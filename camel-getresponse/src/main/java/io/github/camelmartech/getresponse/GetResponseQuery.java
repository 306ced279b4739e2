package io.github.camelmartech.getresponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.camelmartech.support.error.MarTechInvalidInputException;

/**
 * The query of a GetResponse call: filters {@code query[field]=value}, ranges {@code query[createdOn][from]=...},
 * sorting {@code sort[field]=ASC|DESC}, {@code fields}, {@code page}, {@code perPage} (1-1000),
 * {@code additionalFlags} and any other parameter an operation documents ({@code size}, {@code stats[from]}).
 * Brackets, {@code +} and {@code @} are percent-encoded by the transport. Checked when built: an empty value matches
 * nothing at GetResponse, so it is refused; which names an operation takes is checked against GetResponse's document
 * before sending.
 */
public final class GetResponseQuery {

    static final int MAX_PER_PAGE = 1000;

    private final Map<String, String> parameters = new LinkedHashMap<>();
    private Integer page;
    private Integer perPage;

    public static GetResponseQuery create() {
        return new GetResponseQuery();
    }

    /** {@code query[field]=value}. */
    public GetResponseQuery filter(String field, Object value) {
        return put("query[" + name("query", field) + "]", "query." + field, value);
    }

    /** {@code query[field][from]=from&query[field][to]=to}; either end may be null. */
    public GetResponseQuery range(String field, Object from, Object to) {
        if (from == null && to == null) {
            throw new MarTechInvalidInputException("query." + field, "a range needs from, to or both");
        }
        String f = name("query", field);
        if (from != null) {
            put("query[" + f + "][from]", "query." + field + ".from", from);
        }
        if (to != null) {
            put("query[" + f + "][to]", "query." + field + ".to", to);
        }
        return this;
    }

    /** {@code sort[field]=ASC|DESC}; several sorts apply in the order given. */
    public GetResponseQuery sort(String field, String direction) {
        String d = direction == null ? "" : direction.toUpperCase(Locale.ROOT);
        if (!d.equals("ASC") && !d.equals("DESC")) {
            throw new MarTechInvalidInputException("sort." + field, "direction must be ASC or DESC");
        }
        parameters.put("sort[" + name("sort", field) + "]", d);
        return this;
    }

    /** {@code fields=a,b}: only these fields (the id always comes back). */
    public GetResponseQuery fields(String... fields) {
        return put("fields", "fields", String.join(",", fields));
    }

    /** {@code additionalFlags}, e.g. {@code exactMatch} for exact email and name filters on contacts. */
    public GetResponseQuery additionalFlags(String flags) {
        return put("additionalFlags", "additionalFlags", flags);
    }

    /** Any other parameter by its full name, as GetResponse's document spells it ({@code size}, {@code stats[from]}). */
    public GetResponseQuery parameter(String name, Object value) {
        return put(name, name, value);
    }

    public GetResponseQuery page(int page) {
        if (page < 1) {
            throw new MarTechInvalidInputException("page", "must be 1 or more (pages start at 1)");
        }
        this.page = page;
        return this;
    }

    public GetResponseQuery perPage(int perPage) {
        this.perPage = checkPerPage("perPage", perPage);
        return this;
    }

    static int checkPerPage(String field, int perPage) {
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new MarTechInvalidInputException(field, "must be between 1 and " + MAX_PER_PAGE);
        }
        return perPage;
    }

    public Integer getPage() {
        return page;
    }

    public Integer getPerPage() {
        return perPage;
    }

    /** The parameters other than page and perPage, in order. */
    public Map<String, String> parameters() {
        return java.util.Collections.unmodifiableMap(parameters);
    }

    /** Every parameter as sent, in order: page and perPage last. */
    Map<String, Object> asMap() {
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        if (page != null) {
            all.put("page", page);
        }
        if (perPage != null) {
            all.put("perPage", perPage);
        }
        return all;
    }

    /**
     * A query from the header value: a GetResponseQuery, or a Map with {@code page}, {@code perPage}, {@code fields}
     * (String or list), {@code sort} (field to direction), and parameters by name, a Map value standing for the
     * bracketed names under it ({@code query} field to value, or to a Map with {@code from}/{@code to}, as
     * {@code query[field][from]}).
     */
    static GetResponseQuery from(Object header) {
        if (header == null) {
            return new GetResponseQuery();
        }
        if (header instanceof GetResponseQuery q) {
            return q;
        }
        if (!(header instanceof Map<?, ?> map)) {
            throw new MarTechInvalidInputException(GetResponseConstants.QUERY, "must be a GetResponseQuery or a Map");
        }
        GetResponseQuery q = new GetResponseQuery();
        map.forEach((k, value) -> {
            String key = String.valueOf(k);
            switch (key) {
                case "page" -> q.page(integer(key, value));
                case "perPage" -> q.perPage(integer(key, value));
                case "fields" -> q.fields(value instanceof Iterable<?> it ? join(it) : String.valueOf(value));
                case "sort" -> entries(key, value).forEach((field, v) -> q.sort(field, String.valueOf(v)));
                default -> {
                    if (value instanceof Map<?, ?> || "query".equals(key)) {
                        q.bracketed(key, key, key, entries(key, value));
                    } else {
                        q.parameter(key, value);
                    }
                }
            }
        });
        return q;
    }

    /** {@code family[field]...=value} for each entry, deeper for a Map value; names are checked as the family's. */
    private void bracketed(String family, String prefix, String path, Map<String, Object> entries) {
        entries.forEach((field, value) -> {
            String name = prefix + "[" + name(family, field) + "]";
            if (value instanceof Map<?, ?>) {
                bracketed(family, name, path + "." + field, entries(path + "." + field, value));
            } else {
                put(name, path + "." + field, value);
            }
        });
    }

    private GetResponseQuery put(String parameter, String field, Object value) {
        String text = value == null ? "" : value.toString();
        if (text.isBlank()) {
            throw new MarTechInvalidInputException(field, "must not be empty (an empty filter matches nothing)");
        }
        parameters.put(parameter, text);
        return this;
    }

    private static String name(String kind, String field) {
        if (field == null || !field.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new MarTechInvalidInputException(kind, "field names are letters, digits and _ (got '" + field + "')");
        }
        return field;
    }

    private static Map<String, Object> entries(String key, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new MarTechInvalidInputException(GetResponseConstants.QUERY + "." + key, "must be a Map of field to value");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static int integer(String key, Object value) {
        try {
            return value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new MarTechInvalidInputException(key, "must be a whole number");
        }
    }

    private static String join(Iterable<?> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(String.valueOf(v)));
        return String.join(",", out);
    }
}
