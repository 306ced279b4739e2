package io.github.camelmartech.getresponse;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.operation.DeepObjectQuery;
import io.github.camelmartech.support.operation.Rule;

import static io.github.camelmartech.support.operation.DeepObjectQuery.entries;

/**
 * The query of a GetResponse call: filters {@code query[field]=value}, ranges {@code query[createdOn][from]=...},
 * sorting {@code sort[field]=ASC|DESC}, {@code fields}, {@code page}, {@code perPage} (1-1000),
 * {@code additionalFlags} and any other parameter an operation documents ({@code size}, {@code stats[from]}).
 * Brackets, {@code +} and {@code @} are percent-encoded by the transport. Checked when built: an empty value matches
 * nothing at GetResponse, so it is refused; which names an operation takes is checked against GetResponse's document
 * before sending. The bracketed names are OpenAPI's deepObject form ({@link DeepObjectQuery}).
 */
public final class GetResponseQuery {

    static final int MAX_PER_PAGE = 1000;
    private static final Rule DIRECTION = Rule.oneOf("ASC", "DESC").saying("direction must be ASC or DESC");

    private final DeepObjectQuery parameters = new DeepObjectQuery(
            "must not be empty (an empty filter matches nothing)");
    private Integer page;
    private Integer perPage;

    public static GetResponseQuery create() {
        return new GetResponseQuery();
    }

    /** {@code query[field]=value}. */
    public GetResponseQuery filter(String field, Object value) {
        parameters.put(value, "query", field);
        return this;
    }

    /** {@code query[field][from]=from&query[field][to]=to}; either end may be null. */
    public GetResponseQuery range(String field, Object from, Object to) {
        if (from == null && to == null) {
            throw new MarTechInvalidInputException("query." + field, "a range needs from, to or both");
        }
        if (from != null) {
            parameters.put(from, "query", field, "from");
        }
        if (to != null) {
            parameters.put(to, "query", field, "to");
        }
        return this;
    }

    /** {@code sort[field]=ASC|DESC}; several sorts apply in the order given. */
    public GetResponseQuery sort(String field, String direction) {
        String d = direction == null ? "" : direction.toUpperCase(Locale.ROOT);
        parameters.put(DIRECTION.check("sort." + field, d), "sort", field);
        return this;
    }

    /** {@code fields=a,b}: only these fields (the id always comes back). */
    public GetResponseQuery fields(String... fields) {
        parameters.put(String.join(",", fields), "fields");
        return this;
    }

    /** {@code additionalFlags}, e.g. {@code exactMatch} for exact email and name filters on contacts. */
    public GetResponseQuery additionalFlags(String flags) {
        parameters.put(flags, "additionalFlags");
        return this;
    }

    /** Any other parameter by its full name, as GetResponse's document spells it ({@code size}, {@code stats[from]}). */
    public GetResponseQuery parameter(String name, Object value) {
        parameters.put(value, name);
        return this;
    }

    public GetResponseQuery page(int page) {
        this.page = Rule.range(1, Long.MAX_VALUE).saying("must be 1 or more (pages start at 1)").check("page", page);
        return this;
    }

    public GetResponseQuery perPage(int perPage) {
        this.perPage = checkPerPage("perPage", perPage);
        return this;
    }

    static int checkPerPage(String field, int perPage) {
        return Rule.range(1, MAX_PER_PAGE).saying("must be between 1 and " + MAX_PER_PAGE).check(field, perPage);
    }

    public Integer getPage() {
        return page;
    }

    public Integer getPerPage() {
        return perPage;
    }

    /** The parameters other than page and perPage, in order. */
    public Map<String, String> parameters() {
        return parameters.parameters();
    }

    /** Every parameter as sent, in order: page and perPage last. */
    Map<String, Object> asMap() {
        Map<String, Object> all = new LinkedHashMap<>(parameters.parameters());
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
                case "sort" -> entries(GetResponseConstants.QUERY + "." + key, value)
                        .forEach((field, v) -> q.sort(field, String.valueOf(v)));
                default -> {
                    if (value instanceof Map<?, ?> || "query".equals(key)) {
                        q.parameters.putAll(entries(GetResponseConstants.QUERY + "." + key, value), key);
                    } else {
                        q.parameter(key, value);
                    }
                }
            }
        });
        return q;
    }

    private static int integer(String key, Object value) {
        try {
            return value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new MarTechInvalidInputException(key, "must be a whole number");
        }
    }

    private static String join(Iterable<?> values) {
        return StreamSupport.stream(values.spliterator(), false).map(String::valueOf).collect(Collectors.joining(","));
    }
}
