package io.github.camelmartech.sandbox.apifon;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimPages;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * Apifon's paging rule: {@code page} from 1, {@code size} up to 200, {@code sorting} (or the SDK's {@code sort})
 * and {@code sort_dir}; the answer carries {@code meta{page,size,total}} (total = item count), absolute
 * {@code links} (empty when there is no such page) and {@code results}.
 */
final class ApifonPages {

    static final int MAX_SIZE = 200;

    private ApifonPages() {
    }

    static SimResponse page(SimRequest request, String baseUrl, List<? extends JsonNode> records, int defaultSize,
                            String defaultSort) {
        int page = request.queryInt("page", 1);
        int size = request.queryInt("size", defaultSize);
        if (page < 1) {
            throw SimulatorException.badRequest("page", "must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw SimulatorException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        List<JsonNode> sorted = sorted(request, records, defaultSort);
        int total = sorted.size();
        List<JsonNode> results = SimPages.slice(sorted, page, size);
        return SimResponse.json(200, body(request, baseUrl, results, page, size, total));
    }

    /** The body of a page already cut (the subscriber query pages in its body and has no links). */
    static ObjectNode meta(ObjectNode body, int page, int size, int total) {
        body.putObject("meta").put("page", page).put("size", size).put("total", total);
        return body;
    }

    static List<JsonNode> sorted(SimRequest request, List<? extends JsonNode> records, String defaultSort) {
        String field = request.query("sorting", request.query("sort", defaultSort));
        return sorted(records, field, request.query("sort_dir", "ASC"));
    }

    static List<JsonNode> sorted(List<? extends JsonNode> records, String field, String direction) {
        if (!"ASC".equalsIgnoreCase(direction) && !"DESC".equalsIgnoreCase(direction)) {
            throw SimulatorException.badRequest("sort_dir", "must be ASC or DESC");
        }
        Comparator<JsonNode> order = SimJson.byField(field);
        return records.stream().map(JsonNode.class::cast)
                .sorted("DESC".equalsIgnoreCase(direction) ? order.reversed() : order).collect(Collectors.toList());
    }

    private static ObjectNode body(SimRequest request, String baseUrl, List<JsonNode> results, int page, int size,
                                   int total) {
        int last = SimPages.pageCount(total, size);
        ObjectNode body = meta(SimJson.object(), page, size, total);
        ObjectNode links = body.putObject("links");
        links.put("prev", page > 1 ? SimPages.pageUrl(request, baseUrl, page - 1) : "");
        links.put("next", page < last ? SimPages.pageUrl(request, baseUrl, page + 1) : "");
        links.put("first", SimPages.pageUrl(request, baseUrl, 1));
        links.put("last", SimPages.pageUrl(request, baseUrl, last));
        body.putArray("results").addAll(results);
        return body;
    }
}
