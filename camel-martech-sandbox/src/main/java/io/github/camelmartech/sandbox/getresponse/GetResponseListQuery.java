package io.github.camelmartech.sandbox.getresponse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimPages;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;

/**
 * A GetResponse collection call: {@code query[field]=value} filters (ANDed), {@code query[date][from|to]} ranges,
 * {@code sort[field]=ASC|DESC} (several, in order), {@code fields}, {@code additionalFlags=exactMatch},
 * {@code page} (from 1) and {@code perPage} (default 100, at most 1000). The answer is a bare JSON array with the
 * paging headers {@code TotalCount}, {@code TotalPages}, {@code CurrentPage} and {@code PerPage}. A filter or sort
 * the collection does not have is a 400, as GetResponse documents; an empty filter value matches nothing.
 */
final class GetResponseListQuery {

    static final int DEFAULT_PER_PAGE = 100;
    static final int MAX_PER_PAGE = 1000;

    private static final Pattern QUERY = Pattern.compile("query\\[([^\\]]+)\\](?:\\[(from|to)\\])?");
    private static final Pattern SORT = Pattern.compile("sort\\[([^\\]]+)\\]");

    /**
     * What a collection can be asked: filter name to record path; the text filters matched as "contains" unless
     * exactMatch; the date filters (ranges); sort name to record path.
     */
    record Spec(Map<String, String> filters, Set<String> likeFilters, Set<String> dateFilters, Map<String, String> sorts) {
    }

    private record Range(Instant from, Instant to) {
    }

    private final Spec spec;
    private final Map<String, String> filters = new LinkedHashMap<>();
    private final Map<String, Range> ranges = new LinkedHashMap<>();
    private final Map<String, Boolean> sorts = new LinkedHashMap<>();
    private boolean exactMatch;
    private int page = 1;
    private int perPage = DEFAULT_PER_PAGE;

    private GetResponseListQuery(Spec spec) {
        this.spec = spec;
    }

    static GetResponseListQuery parse(SimRequest request, Spec spec, ZoneId zone) {
        GetResponseListQuery q = new GetResponseListQuery(spec);
        String url = request.wireMockRequest().getUrl();
        int start = url.indexOf('?');
        if (start < 0) {
            return q;
        }
        for (String pair : url.substring(start + 1).split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            q.read(name, value, zone);
        }
        return q;
    }

    private void read(String name, String value, ZoneId zone) {
        Matcher query = QUERY.matcher(name);
        Matcher sort = SORT.matcher(name);
        if (query.matches()) {
            String field = query.group(1);
            if (query.group(2) != null) {
                if (!spec.dateFilters().contains(field)) {
                    throw GetResponseErrors.validation(name, "is not a date filter of this collection");
                }
                Range range = ranges.getOrDefault(field, new Range(null, null));
                Instant bound = GetResponseDates.parseBound(name, value, "to".equals(query.group(2)), zone);
                ranges.put(field, "from".equals(query.group(2)) ? new Range(bound, range.to()) : new Range(range.from(), bound));
            } else if (spec.filters().containsKey(field)) {
                filters.put(field, value);
            } else {
                throw GetResponseErrors.validation(name, "is not a filter of this collection; filters: "
                        + spec.filters().keySet() + ", date ranges: " + spec.dateFilters());
            }
        } else if (sort.matches()) {
            String field = sort.group(1);
            String direction = value.toUpperCase(Locale.ROOT);
            if (!spec.sorts().containsKey(field)) {
                throw GetResponseErrors.validation(name, "cannot sort by it; sorts: " + spec.sorts().keySet());
            }
            if (!direction.equals("ASC") && !direction.equals("DESC")) {
                throw GetResponseErrors.validation(name, "must be ASC or DESC");
            }
            sorts.put(field, direction.equals("ASC"));
        } else if (name.equals("page")) {
            page = Math.max(1, number(value, 1));
        } else if (name.equals("perPage")) {
            int size = number(value, DEFAULT_PER_PAGE);
            if (size > MAX_PER_PAGE) {
                throw GetResponseErrors.validation("perPage", "must be at most " + MAX_PER_PAGE);
            }
            // GetResponse was seen to answer perPage=0 and non-numbers with 200: the default size then
            perPage = size < 1 ? DEFAULT_PER_PAGE : size;
        } else if (name.equals("additionalFlags")) {
            exactMatch = value.contains("exactMatch");
        }
    }

    /** The page asked for of the matching records, sorted, each written through {@code view}. */
    SimResponse answer(Collection<ObjectNode> records, GetResponseView view) {
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode record : records) {
            if (matches(record)) {
                matching.add(record);
            }
        }
        Comparator<JsonNode> order = null;
        for (Map.Entry<String, Boolean> sort : sorts.entrySet()) {
            Comparator<JsonNode> by = byText(spec.sorts().get(sort.getKey()));
            by = sort.getValue() ? by : by.reversed();
            order = order == null ? by : order.thenComparing(by);
        }
        if (order != null) {
            matching.sort(order); // stable: ties stay in creation order
        }
        ArrayNode body = SimJson.array();
        SimPages.slice(matching, page, perPage).forEach(record -> body.add(view.write(record)));
        return SimResponse.json(200, body).header("TotalCount", Integer.toString(matching.size()))
                .header("TotalPages", Integer.toString(SimPages.pageCount(matching.size(), perPage)))
                .header("CurrentPage", Integer.toString(page)).header("PerPage", Integer.toString(perPage));
    }

    private boolean matches(ObjectNode record) {
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            String expected = filter.getValue().toLowerCase(Locale.ROOT);
            JsonNode value = SimJson.at(record, spec.filters().get(filter.getKey()));
            String actual = value.isMissingNode() || value.isNull() ? null : value.asText().toLowerCase(Locale.ROOT);
            boolean like = spec.likeFilters().contains(filter.getKey()) && !exactMatch;
            if (expected.isEmpty() || actual == null || !(like ? actual.contains(expected) : actual.equals(expected))) {
                return false;
            }
        }
        for (Map.Entry<String, Range> range : ranges.entrySet()) {
            JsonNode value = record.get(range.getKey());
            if (value == null || !value.isTextual()) {
                return false;
            }
            Instant at = GetResponseDates.parse(value.asText());
            Range r = range.getValue();
            if (r.from() != null && at.isBefore(r.from()) || r.to() != null && at.isAfter(r.to())) {
                return false;
            }
        }
        return true;
    }

    /** Text order, ignoring case (dates are stored in one zone and format, so text order is time order). */
    private static Comparator<JsonNode> byText(String path) {
        return Comparator.comparing(record -> {
            JsonNode value = SimJson.at(record, path);
            return value.isMissingNode() || value.isNull() ? "" : value.asText().toLowerCase(Locale.ROOT);
        });
    }

    private static int number(String value, int fallback) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
