package io.github.camelmartech.sandbox.apifon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimClock;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * The subscribers of a list. A subscriber is addressed by its {@code destination_id} or {@code email_id}: the MD5
 * of the number's digits or of the lower-cased e-mail (Apifon says "MD5 hash of the destination/email"; the exact
 * normalisation is the sandbox's reading). Blocked destinations (bounce list) cannot be subscribed.
 */
final class ApifonSubscribers {

    private static final Set<String> STATUSES = Set.of("SUBSCRIBED", "UNSUBSCRIBED");
    private static final Set<String> OPERATORS = Set.of("eq", "beginsWith", "gte", "gt", "lte", "lt", "exists", "nexists");

    private final ApifonLists lists;
    private final ApifonBounces bounces;
    private final SimClock clock;
    private final Supplier<String> baseUrl;

    ApifonSubscribers(ApifonLists lists, ApifonBounces bounces, Clock clock, Supplier<String> baseUrl) {
        this.lists = lists;
        this.bounces = bounces;
        this.clock = new SimClock(clock);
        this.baseUrl = baseUrl;
    }

    SimResponse add(SimRequest request) {
        synchronized (lists) {
            ApifonLists.ListRecord record = lists.list(request);
            JsonNode body = request.json();
            String destination = SimJson.required(body, "destination");
            String destinationId = md5(digits(destination));
            if (record.subscribers().values().stream().anyMatch(s -> destinationId.equals(s.path("destination_id").asText()))) {
                throw SimulatorException.conflict("destination", "is already on this list");
            }
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
            ObjectNode subscriber = SimJson.object().put("id", id).put("destination", digits(destination))
                    .put("destination_id", destinationId).put("account_id", ApifonLists.ACCOUNT_ID)
                    .put("list_id", record.list().path("id").asText());
            long now = clock.nextMillis();
            subscriber.put("date_created", now).put("date_updated", now);
            write(record, subscriber, body);
            record.subscribers().put(id, subscriber);
            return SimResponse.status(201).header("Location", location(record, destinationId));
        }
    }

    SimResponse page(SimRequest request) {
        synchronized (lists) {
            String status = request.query("status", null);
            String emailStatus = request.query("email_status", request.query("email", null));
            List<ObjectNode> matching = new ArrayList<>();
            for (ObjectNode subscriber : lists.list(request).subscribers().values()) {
                if ((status == null || status.equals(subscriber.path("status").asText()))
                    && (emailStatus == null || emailStatus.equals(subscriber.path("email_status").asText()))) {
                    matching.add(subscriber);
                }
            }
            return ApifonPages.page(request, baseUrl.get(), matching, ApifonPages.MAX_SIZE, "id");
        }
    }

    /** {@code POST .../subscriber/query}: AND-ed conditions, paged in the body, no links. */
    SimResponse query(SimRequest request) {
        synchronized (lists) {
            JsonNode body = request.json();
            List<ObjectNode> matching = new ArrayList<>();
            for (ObjectNode subscriber : lists.list(request).subscribers().values()) {
                if (matchesAll(subscriber, body.path("conditions"))) {
                    matching.add(subscriber);
                }
            }
            JsonNode sorting = body.path("sorting");
            List<JsonNode> sorted = ApifonPages.sorted(matching, sorting.path("sort_field").asText("id"),
                    sorting.path("sort_dir").asText("ASC"));
            int page = body.path("page").asInt(1);
            int size = body.path("size").asInt(ApifonPages.MAX_SIZE);
            if (page < 1 || size < 1 || size > ApifonPages.MAX_SIZE) {
                throw SimulatorException.badRequest("size", "page must be 1 or more and size between 1 and 200");
            }
            int from = Math.min((page - 1) * size, sorted.size());
            ObjectNode answer = ApifonPages.meta(SimJson.object(), page, size, sorted.size());
            answer.putArray("results").addAll(sorted.subList(from, Math.min(from + size, sorted.size())));
            return SimResponse.json(200, answer);
        }
    }

    SimResponse get(SimRequest request) {
        synchronized (lists) {
            return SimResponse.json(200, find(lists.list(request), request));
        }
    }

    /** A full replace of status and fields; destination and email cannot be removed. */
    SimResponse update(SimRequest request) {
        synchronized (lists) {
            ApifonLists.ListRecord record = lists.list(request);
            ObjectNode subscriber = find(record, request);
            subscriber.remove(List.of("subscriber_fields", "gdpr_fields"));
            write(record, subscriber, request.json());
            subscriber.put("date_updated", clock.nextMillis());
            return SimResponse.status(200).header("Content-Location",
                    location(record, subscriber.path("destination_id").asText()));
        }
    }

    SimResponse delete(SimRequest request) {
        synchronized (lists) {
            ApifonLists.ListRecord record = lists.list(request);
            record.subscribers().remove(find(record, request).path("id").asText());
            return SimResponse.status(204);
        }
    }

    /** Subscribe or unsubscribe: the mobile status for a destination id, the e-mail status for an email id. */
    SimResponse setStatus(SimRequest request, boolean subscribe) {
        synchronized (lists) {
            ObjectNode subscriber = find(lists.list(request), request);
            boolean byEmail = request.pathParameter("lookup").equals(subscriber.path("email_id").asText());
            String destination = byEmail ? subscriber.path("email").asText() : subscriber.path("destination").asText();
            if (subscribe && bounces.isBlocked(destination)) {
                throw SimulatorException.badRequest("destination", destination + " is on the bounce list");
            }
            subscriber.put(byEmail ? "email_status" : "status", subscribe ? "SUBSCRIBED" : "UNSUBSCRIBED");
            subscriber.put("date_updated", clock.nextMillis());
            return SimResponse.status(200);
        }
    }

    private void write(ApifonLists.ListRecord record, ObjectNode subscriber, JsonNode body) {
        String status = status(body, "status", "SUBSCRIBED");
        if ("SUBSCRIBED".equals(status) && bounces.isBlocked(subscriber.path("destination").asText())) {
            status = "UNSUBSCRIBED";
        }
        subscriber.put("status", status);
        String email = SimJson.text(body, "email");
        if (email != null) {
            if (!"ADVANCED".equals(record.list().path("type").asText())) {
                throw SimulatorException.badRequest("email", "only ADVANCED lists keep e-mail addresses");
            }
            subscriber.put("email", email).put("email_id", md5(email.trim().toLowerCase(Locale.ROOT)))
                    .put("email_status", status(body, "email_status", "SUBSCRIBED"));
        }
        JsonNode fields = body.path("subscriber_fields");
        fields.fieldNames().forEachRemaining(name -> {
            if (ApifonLists.field(record.list(), "subscriber_fields", name) == null) {
                throw SimulatorException.badRequest("subscriber_fields." + name, "is not a field of this list");
            }
        });
        subscriber.set("subscriber_fields", fields.isObject() ? fields : SimJson.object());
        subscriber.set("gdpr_fields", body.path("gdpr_fields").isObject() ? body.get("gdpr_fields") : SimJson.object());
        subscriber.putObject("meta").put("Etag", UUID.randomUUID().toString());
    }

    private static String status(JsonNode body, String field, String fallback) {
        String status = SimJson.text(body, field);
        if (status == null) {
            return fallback;
        }
        if (!STATUSES.contains(status)) {
            throw SimulatorException.badRequest(field, "must be SUBSCRIBED or UNSUBSCRIBED");
        }
        return status;
    }

    private static ObjectNode find(ApifonLists.ListRecord record, SimRequest request) {
        String lookup = request.pathParameter("lookup");
        return record.subscribers().values().stream()
                .filter(s -> lookup.equals(s.path("destination_id").asText()) || lookup.equals(s.path("email_id").asText()))
                .findFirst().orElseThrow(() -> SimulatorException.notFound("subscriber " + lookup));
    }

    private static boolean matchesAll(ObjectNode subscriber, JsonNode conditions) {
        for (JsonNode condition : conditions) {
            String op = condition.path("op").asText();
            if (!OPERATORS.contains(op)) {
                throw SimulatorException.badRequest("conditions.op", "must be one of " + OPERATORS);
            }
            JsonNode value = SimJson.at(subscriber, SimJson.required(condition, "name"));
            String expected = condition.path("vl").asText();
            boolean present = !value.isMissingNode() && !value.isNull();
            int order = !present ? 0 : value.isNumber() && condition.path("vl").isNumber()
                    ? Double.compare(value.asDouble(), condition.path("vl").asDouble()) : value.asText().compareTo(expected);
            boolean match = switch (op) {
                case "exists" -> present;
                case "nexists" -> !present;
                case "eq" -> present && order == 0;
                case "beginsWith" -> present && value.asText().startsWith(expected);
                case "gt" -> present && order > 0;
                case "gte" -> present && order >= 0;
                case "lt" -> present && order < 0;
                default -> present && order <= 0;
            };
            if (!match) {
                return false;
            }
        }
        return true;
    }

    private String location(ApifonLists.ListRecord record, String lookup) {
        return baseUrl.get() + ApifonSimulator.API + "/list/" + record.list().path("id").asText() + "/subscriber/" + lookup;
    }

    private static String digits(String destination) {
        return destination.replaceAll("[^0-9]", "");
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }
}
