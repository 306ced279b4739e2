package io.github.camelmartech.getresponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;

/**
 * The query of a GetResponse collection call: filters {@code query[field]=value}, ranges
 * {@code query[createdOn][from]=...}, sorting {@code sort[field]=ASC|DESC}, {@code fields}, {@code page},
 * {@code perPage} (1-1000) and {@code additionalFlags}. Brackets, {@code +} and {@code @} are percent-encoded by
 * the transport. Checked when built: an empty filter value matches nothing at GetResponse, so it is refused.
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

    /** Adds the parameters to a request; page and perPage only when set (a paginator sets its own). */
    void applyTo(ApiRequest.Builder request, boolean withPaging) {
        parameters.forEach(request::setQuery);
        if (withPaging) {
            request.setQuery("page", page);
            request.setQuery("perPage", perPage);
        }
    }

    /**
     * A query from the header value: a GetResponseQuery, or a Map with {@code page}, {@code perPage},
     * {@code fields} (String or list), {@code additionalFlags}, {@code query} (field to value, or to a Map with
     * {@code from}/{@code to}) and {@code sort} (field to direction).
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
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            switch (key) {
                case "page" -> q.page(integer(key, value));
                case "perPage" -> q.perPage(integer(key, value));
                case "fields" -> q.fields(value instanceof Iterable<?> it ? join(it) : String.valueOf(value));
                case "additionalFlags" -> q.additionalFlags(String.valueOf(value));
                case "query" -> entries(key, value).forEach((field, v) -> {
                    if (v instanceof Map<?, ?> range) {
                        q.range(field, range.get("from"), range.get("to"));
                    } else {
                        q.filter(field, v);
                    }
                });
                case "sort" -> entries(key, value).forEach((field, v) -> q.sort(field, String.valueOf(v)));
                default -> throw new MarTechInvalidInputException(GetResponseConstants.QUERY + "." + key,
                        "is not a query key: use page, perPage, fields, additionalFlags, query or sort");
            }
        }
        return q;
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
