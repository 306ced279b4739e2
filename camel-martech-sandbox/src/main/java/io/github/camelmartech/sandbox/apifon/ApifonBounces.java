package io.github.camelmartech.sandbox.apifon;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimClock;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/** The bounce list: blocked mobile numbers and e-mail addresses, by destination. */
final class ApifonBounces {

    private static final Set<String> REASONS = Set.of("other", "not_delivering", "sub_deleted", "sub_requested", "sub_invalid");

    private final Map<String, ObjectNode> blocked = new LinkedHashMap<>();
    private final SimClock clock;
    private final Supplier<String> baseUrl;

    ApifonBounces(Clock clock, Supplier<String> baseUrl) {
        this.clock = new SimClock(clock);
        this.baseUrl = baseUrl;
    }

    synchronized SimResponse block(SimRequest request) {
        JsonNode body = request.json();
        String destination = SimJson.required(body, "destination");
        String reason = SimJson.required(body, "reason");
        if (!REASONS.contains(reason)) {
            throw SimulatorException.badRequest("reason", "must be one of " + REASONS);
        }
        ObjectNode record = SimJson.object().put("destination", destination)
                .put("type", destination.contains("@") ? "EMAIL" : "MOBILE").put("reason", reason)
                .put("user", "api").put("description", SimJson.text(body, "description"))
                .put("date_created", clock.nextMillis());
        blocked.put(normalise(destination), record);
        return SimResponse.status(201);
    }

    synchronized SimResponse page(SimRequest request) {
        String type = request.query("type", null);
        String reason = request.query("reason", null);
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode record : blocked.values()) {
            if ((type == null || type.equals(record.path("type").asText()))
                && (reason == null || reason.equals(record.path("reason").asText()))) {
                matching.add(record);
            }
        }
        return ApifonPages.page(request, baseUrl.get(), matching, ApifonPages.MAX_SIZE, "date_created");
    }

    synchronized SimResponse get(SimRequest request) {
        return SimResponse.json(200, find(request.pathParameter("destination")));
    }

    synchronized SimResponse unblock(SimRequest request) {
        find(request.pathParameter("destination"));
        blocked.remove(normalise(request.pathParameter("destination")));
        return SimResponse.status(204);
    }

    /** Whether a number (with or without {@code +}) or an e-mail address is blocked. */
    synchronized boolean isBlocked(String destination) {
        return destination != null && blocked.containsKey(normalise(destination));
    }

    synchronized void clear() {
        blocked.clear();
    }

    private ObjectNode find(String destination) {
        ObjectNode record = blocked.get(normalise(destination));
        if (record == null) {
            throw SimulatorException.notFound("destination " + destination);
        }
        return record;
    }

    private static String normalise(String destination) {
        String trimmed = destination.trim().toLowerCase(java.util.Locale.ROOT);
        return trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
    }
}
