package io.github.camelmartech.sandbox.apsis;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimClock;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * The account's Opt-out-all list (OptOutService): subscribers added by a queued method, listed paginated (all, or
 * opted out between two {@code yyyyMMddTHHmmss} dates) as {@code OptOutAllItem}s, and removed by a bare JSON string
 * e-mail, which per the vendor deletes the subscriber too.
 */
final class ApsisOptOuts {

    /** One entry and when it was made, kept as an instant for the date-interval pages. */
    private record Entry(ObjectNode item, Instant created) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final ApsisSubscribers subscribers;
    private final SimClock clock;
    private final ZoneId zone;
    private long nextId = 1;

    ApsisOptOuts(ApsisSubscribers subscribers, SimClock clock, ZoneId zone) {
        this.subscribers = subscribers;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * {@code POST /optouts/v3/global/subscribers/queued}, a bare array of
     * {@code {SubscriberId, MailinglistId, SendQueueId, Reason}}: queued; it produces no data file.
     */
    SimResponse add(SimRequest request, ApsisQueue queue) {
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : ApsisRequests.array(request, "optOuts", 1000)) {
            if (!item.isObject()) {
                throw SimulatorException.badRequest("optOuts", "must hold objects");
            }
            subscribers.require(ApsisRequests.id(item.path("SubscriberId"), "SubscriberId"));
            items.add(item);
        }
        return queue.enqueue(request, () -> {
            items.forEach(this::optOut);
            return null;
        });
    }

    /** {@code GET /v1/optouts/global/{page}/{size}}. */
    SimResponse page(SimRequest request) {
        return ApsisEnvelope.ok(ApsisPages.page(request, entries.stream().map(Entry::item).toList()));
    }

    /** {@code GET /optouts/v2/global/{startDate}/{endDate}/{page}/{size}}: opted out within the interval. */
    SimResponse pageBetween(SimRequest request) {
        Instant start = ApsisDates.parseRequestDate("startDate", request.pathParameter("startDate"), zone);
        Instant end = ApsisDates.parseRequestDate("endDate", request.pathParameter("endDate"), zone);
        return ApsisEnvelope.ok(ApsisPages.page(request, entries.stream()
                .filter(e -> !e.created().isBefore(start) && !e.created().isAfter(end)).map(Entry::item).toList()));
    }

    /** {@code DELETE /v1/optouts/global/subscriber/email}, body {@code "a@b.com"}: off the list, subscriber deleted. */
    SimResponse removeByEmail(SimRequest request) {
        String email = ApsisRequests.email("email", ApsisRequests.string(request, "email"));
        Entry entry = entries.stream().filter(e -> e.item().path("Email").asText().equalsIgnoreCase(email)).findFirst()
                .orElseThrow(() -> SimulatorException.notFound("Subscriber e-mail address on the Opt-out all list"));
        entries.remove(entry);
        subscribers.delete(List.of(entry.item().path("SubscriberId").asLong()));
        return ApsisEnvelope.ok(null);
    }

    void clear() {
        entries.clear();
        nextId = 1;
    }

    private void optOut(JsonNode item) {
        long subscriberId = item.path("SubscriberId").asLong();
        ObjectNode subscriber;
        try {
            subscriber = subscribers.require(subscriberId);
        } catch (SimulatorException deletedMeanwhile) {
            return;
        }
        if (entries.stream().anyMatch(e -> e.item().path("SubscriberId").asLong() == subscriberId)) {
            return;
        }
        Instant created = clock.nextInstant();
        ObjectNode entry = SimJson.object().put("Id", nextId++).put("SubscriberId", subscriberId);
        for (String field : List.of("Email", "Name", "ExternalId", "CountryCode", "PhoneNumber", "Format")) {
            entry.set(field, subscriber.path(field).isMissingNode() ? null : subscriber.get(field));
        }
        entry.put("MailingListId", item.path("MailinglistId").asLong(0));
        entry.put("SendQueueId", item.path("SendQueueId").asLong(0));
        entry.put("Reason", SimJson.text(item, "Reason"));
        entry.put("Created", ApsisDates.microsoft(created, zone));
        entries.add(new Entry(entry, created));
    }
}
