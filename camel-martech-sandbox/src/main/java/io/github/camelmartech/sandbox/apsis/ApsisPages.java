package io.github.camelmartech.sandbox.apsis;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * APSIS's paginated methods: page number (from 1) and page size (at least 1) are path segments, and the Result is
 * {@code {TotalCount, TotalPages, Items}}; a page past the last is empty. The maximum size is undocumented; clients
 * use up to 1000, so larger sizes are refused (inferred).
 */
final class ApsisPages {

    static final String SUFFIX = "/{pageNumber}/{pageSize}";
    static final int MAX_SIZE = 1000;

    private ApsisPages() {
    }

    static ObjectNode page(SimRequest request, List<? extends JsonNode> records) {
        int page = number(request, "pageNumber", 1, Integer.MAX_VALUE);
        int size = number(request, "pageSize", 1, MAX_SIZE);
        int total = records.size();
        int from = (int) Math.min((long) (page - 1) * size, total);
        ObjectNode result = SimJson.object().put("TotalCount", total).put("TotalPages", (total + size - 1) / size);
        result.putArray("Items").addAll(records.subList(from, Math.min(from + size, total)));
        return result;
    }

    private static int number(SimRequest request, String name, int min, int max) {
        String value = request.pathParameter(name);
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw SimulatorException.badRequest(name, "must be a number from " + min + " to " + max + ", not " + value);
    }
}
