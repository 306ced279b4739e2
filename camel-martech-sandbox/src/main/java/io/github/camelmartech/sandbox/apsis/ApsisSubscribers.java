package io.github.camelmartech.sandbox.apsis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * Subscribers (SubscriberService): account-wide records, one per e-mail address, subscribed to any number of
 * lists. Created on a list; found by id or by e-mail (a bare JSON string body); exported and deleted through
 * queued methods.
 */
final class ApsisSubscribers {

    private static final List<String> FIELDS = List.of("Email", "Name", "Format", "CountryCode", "PhoneNumber",
            "ExternalId");
    private static final long FIRST_ID = 50_000_001;

    private final Map<Long, ObjectNode> subscribers = new LinkedHashMap<>();
    private final ApsisMailingLists lists;
    private final ApsisDemographics demographics;
    private long nextId = FIRST_ID;

    ApsisSubscribers(ApsisMailingLists lists, ApsisDemographics demographics) {
        this.lists = lists;
        this.demographics = demographics;
    }

    /**
     * {@code POST /v1/subscribers/mailinglist/{id}/create?updateIfExists=}: subscribes the address to the list and
     * answers its id. An address the account has already keeps its id; its details change only with
     * {@code updateIfExists=true} (inferred from the parameter's name: the vendor does not say it refuses).
     */
    SimResponse create(SimRequest request) {
        long listId = ApsisRequests.id(request, "mailingListId");
        lists.members(listId);
        JsonNode body = ApsisRequests.object(request);
        String email = ApsisRequests.email("Email", SimJson.required(body, "Email"));
        ArrayNode demDataFields = demographics.check(body.get("DemDataFields"));
        Optional<ObjectNode> existing = byEmail(email);
        ObjectNode subscriber = existing.orElseGet(() -> SimJson.object().put("Id", nextId++).put("Format", "HTML"));
        if (existing.isEmpty() || Boolean.parseBoolean(request.query("updateIfExists", "false"))) {
            write(subscriber, body, demDataFields);
        }
        long id = subscriber.path("Id").asLong();
        subscribers.put(id, subscriber);
        lists.members(listId).add(id);
        return ApsisEnvelope.ok(id);
    }

    SimResponse get(SimRequest request) {
        return ApsisEnvelope.ok(require(ApsisRequests.id(request, "subscriberId")));
    }

    /** {@code POST /subscribers/v3/email}, body {@code "a@b.com"}: the ids with that address (v3 answers a list). */
    SimResponse idsByEmail(SimRequest request) {
        String email = ApsisRequests.string(request, "email");
        ArrayNode ids = SimJson.array();
        byEmail(email).ifPresent(s -> ids.add(s.path("Id").asLong()));
        return ApsisEnvelope.ok(ids);
    }

    /** {@code GET /v1/mailinglists/{id}/subscribers/{page}/{size}}: in subscription order. */
    SimResponse pageOfList(SimRequest request) {
        return ApsisEnvelope.ok(ApsisPages.page(request, views(lists.members(ApsisRequests.id(request, "mailingListId")))));
    }

    /** {@code POST /v1/mailinglists/{id}/subscriptions/{subscriberId}}: answers 1 when subscribed. */
    SimResponse subscribe(SimRequest request) {
        long listId = ApsisRequests.id(request, "mailingListId");
        long subscriberId = ApsisRequests.id(request, "subscriberId");
        require(subscriberId);
        lists.members(listId).add(subscriberId);
        return ApsisEnvelope.ok(1);
    }

    /** {@code POST /mailinglists/v2/{id}/subscribers/all}: queued export of a list's subscribers. */
    SimResponse exportList(SimRequest request, ApsisQueue queue) {
        long listId = ApsisRequests.id(request, "mailingListId");
        lists.members(listId);
        JsonNode options = ApsisRequests.optionalObject(request);
        return queue.enqueue(request, () -> export(views(lists.members(listId)), options));
    }

    /** {@code POST /v1/subscribers/all}: queued export of every subscriber of the account. */
    SimResponse exportAll(SimRequest request, ApsisQueue queue) {
        JsonNode options = ApsisRequests.optionalObject(request);
        return queue.enqueue(request, () -> export(new ArrayList<>(subscribers.values()), options));
    }

    /** {@code DELETE /subscribers/v2/id}, a bare array of ids: queued; the data file lists the deleted ids. */
    SimResponse deleteByIds(SimRequest request, ApsisQueue queue) {
        List<Long> ids = new ArrayList<>();
        ApsisRequests.array(request, "subscriberIds", 1000).forEach(id -> ids.add(ApsisRequests.id(id, "subscriberIds")));
        return queue.enqueue(request, () -> delete(ids));
    }

    /** {@code DELETE /subscribers/v2/email}, a bare array of addresses: queued, as by id. */
    SimResponse deleteByEmails(SimRequest request, ApsisQueue queue) {
        List<String> emails = new ArrayList<>();
        ApsisRequests.array(request, "emails", 1000).forEach(e -> emails.add(ApsisRequests.email("emails", e.asText())));
        return queue.enqueue(request, () -> delete(emails.stream()
                .flatMap(e -> byEmail(e).stream()).map(s -> s.path("Id").asLong()).toList()));
    }

    Optional<ObjectNode> byEmail(String email) {
        String wanted = email.trim().toLowerCase(Locale.ROOT);
        return subscribers.values().stream()
                .filter(s -> s.path("Email").asText().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    ObjectNode require(long id) {
        ObjectNode subscriber = subscribers.get(id);
        if (subscriber == null) {
            throw SimulatorException.notFound("Subscriber " + id);
        }
        return subscriber;
    }

    /** Deletes subscribers and their subscriptions; answers the ids that existed. */
    ArrayNode delete(Collection<Long> ids) {
        ArrayNode deleted = SimJson.array();
        for (long id : ids) {
            if (subscribers.remove(id) != null) {
                lists.forget(id);
                deleted.add(id);
            }
        }
        return deleted;
    }

    void clear() {
        subscribers.clear();
        nextId = FIRST_ID;
    }

    private List<ObjectNode> views(Collection<Long> ids) {
        return ids.stream().map(subscribers::get).toList();
    }

    /** Export rows: the subscriber with all demographic fields, the named ones, or none. */
    private static ArrayNode export(List<ObjectNode> rows, JsonNode options) {
        boolean all = options.path("AllDemographics").asBoolean(false);
        List<String> named = new ArrayList<>();
        options.path("FieldNames").forEach(n -> named.add(n.asText()));
        ArrayNode data = SimJson.array();
        for (ObjectNode subscriber : rows) {
            ObjectNode row = subscriber.deepCopy();
            ArrayNode kept = row.putArray("DemDataFields");
            subscriber.path("DemDataFields").forEach(f -> {
                if (all || named.contains(f.path("Key").asText())) {
                    kept.add(f);
                }
            });
            data.add(row);
        }
        return data;
    }

    private static void write(ObjectNode subscriber, JsonNode body, ArrayNode demDataFields) {
        for (String field : FIELDS) {
            if (body.hasNonNull(field)) {
                subscriber.put(field, body.get(field).asText());
            }
        }
        subscriber.set("DemDataFields", demDataFields);
    }
}
