package io.github.camelmartech.sandbox.apsis;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimClock;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/** Mailing lists (MailingListService) and their subscriptions: which subscribers are on which list, in order. */
final class ApsisMailingLists {

    private static final List<String> FIELDS = List.of("Name", "FromName", "FromEmail", "CharacterSet", "FolderId",
            "Description");
    private static final long FIRST_ID = 1_000_001;

    private final Map<Long, ObjectNode> lists = new LinkedHashMap<>();
    private final Map<Long, Set<Long>> subscriptions = new LinkedHashMap<>();
    private final SimClock clock;
    private final ZoneId zone;
    private long nextId = FIRST_ID;

    ApsisMailingLists(SimClock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** {@code POST /v1/mailinglists/}: the new list's id. */
    SimResponse create(SimRequest request) {
        JsonNode body = ApsisRequests.object(request);
        SimJson.required(body, "Name");
        long id = nextId++;
        String now = ApsisDates.microsoft(clock.nextInstant(), zone);
        ObjectNode list = SimJson.object().put("Id", id).put("CharacterSet", "utf-8").put("Created", now)
                .put("Updated", now);
        write(list, body);
        lists.put(id, list);
        subscriptions.put(id, new LinkedHashSet<>());
        return ApsisEnvelope.ok(id);
    }

    /** {@code POST /v1/mailinglists/{id}}: the fields sent replace the list's, the others stay. */
    SimResponse update(SimRequest request) {
        ObjectNode list = require(ApsisRequests.id(request, "mailingListId"));
        JsonNode body = ApsisRequests.object(request);
        if (body.has("Name")) {
            SimJson.required(body, "Name");
        }
        write(list, body);
        list.put("Updated", ApsisDates.microsoft(clock.nextInstant(), zone));
        return ApsisEnvelope.ok(list.path("Id").asLong());
    }

    SimResponse get(SimRequest request) {
        return ApsisEnvelope.ok(require(ApsisRequests.id(request, "mailingListId")));
    }

    SimResponse page(SimRequest request) {
        return ApsisEnvelope.ok(ApsisPages.page(request, new ArrayList<>(lists.values())));
    }

    /** {@code POST /mailinglists/v2/all}: direct since v2 (it was queued in v1). */
    SimResponse all(SimRequest request) {
        ArrayNode all = SimJson.array();
        lists.values().forEach(all::add);
        return ApsisEnvelope.ok(all);
    }

    /** {@code DELETE /v1/mailinglists/} with a bare array of ids: queued; the data file lists the deleted ids. */
    SimResponse delete(SimRequest request, ApsisQueue queue) {
        JsonNode ids = ApsisRequests.array(request, "mailingListIds", 1000);
        List<Long> wanted = new ArrayList<>();
        ids.forEach(id -> wanted.add(ApsisRequests.id(id, "mailingListIds")));
        return queue.enqueue(request, () -> {
            ArrayNode deleted = SimJson.array();
            for (long id : wanted) {
                if (lists.remove(id) != null) {
                    subscriptions.remove(id);
                    deleted.add(id);
                }
            }
            return deleted;
        });
    }

    SimResponse countSubscriptions(SimRequest request) {
        return ApsisEnvelope.ok(members(ApsisRequests.id(request, "mailingListId")).size());
    }

    /** {@code DELETE /v1/mailinglists/{id}/subscriptions/{subscriberId}}. */
    SimResponse unsubscribe(SimRequest request) {
        long subscriberId = ApsisRequests.id(request, "subscriberId");
        if (!members(ApsisRequests.id(request, "mailingListId")).remove(subscriberId)) {
            throw SimulatorException.notFound("Subscription of subscriber " + subscriberId);
        }
        return ApsisEnvelope.ok(null);
    }

    /** The list's subscriber ids in subscription order; the list must exist. */
    Set<Long> members(long listId) {
        require(listId);
        return subscriptions.get(listId);
    }

    /** Removes a deleted subscriber from every list. */
    void forget(long subscriberId) {
        subscriptions.values().forEach(members -> members.remove(subscriberId));
    }

    void clear() {
        lists.clear();
        subscriptions.clear();
        nextId = FIRST_ID;
    }

    private ObjectNode require(long id) {
        ObjectNode list = lists.get(id);
        if (list == null) {
            throw SimulatorException.notFound("Mailing list " + id);
        }
        return list;
    }

    private static void write(ObjectNode list, JsonNode body) {
        String fromEmail = SimJson.text(body, "FromEmail");
        if (fromEmail != null) {
            ApsisRequests.email("FromEmail", fromEmail);
        }
        for (String field : FIELDS) {
            if (body.has(field)) {
                list.set(field, body.get(field));
            }
        }
    }
}
