package io.github.camelmartech.sandbox.getresponse;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimClock;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * Contacts. {@code POST /contacts} is checked at once (400, or 409 1008 when the e-mail is already in that campaign,
 * queued ones included) and then only queued: 202 with no body and no id, as GetResponse does; the contact appears
 * {@code processingDelay} later with {@code createdOn} the time it appeared, so contacts appear in createdOn order
 * and a poll from its watermark misses none. Then: get, partial update by POST (tags and custom field values
 * replaced), delete (204), tag and custom-field upserts, and the list with GetResponse's filters and sorts. List rows
 * carry no tags or custom field values; {@code GET /contacts/{id}} does. Every method runs under the simulator's
 * account lock, which the queue takes too.
 */
final class GetResponseContacts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final GetResponseListQuery.Spec SPEC = new GetResponseListQuery.Spec(
            Map.of("email", "email", "name", "name", "campaignId", "campaign.campaignId", "origin", "origin"),
            Set.of("email", "name"), Set.of("createdOn", "changedOn"),
            Map.of("email", "email", "name", "name", "createdOn", "createdOn", "changedOn", "changedOn",
                    "campaignId", "campaign.campaignId"));
    private static final GetResponseListQuery.Spec NO_QUERY = new GetResponseListQuery.Spec(Map.of(), Set.of(), Set.of(),
            Map.of());

    private final Object lock;
    private final GetResponseCampaigns campaigns;
    private final GetResponseTags tags;
    private final GetResponseCustomFields customFields;
    private final GetResponseAccount account;
    private final GetResponseIds ids;
    private final SimClock clock;
    private final Supplier<String> apiUrl;
    private final Executor later;
    private final Map<String, ObjectNode> contacts = new LinkedHashMap<>();
    private final Deque<ObjectNode> queue = new ArrayDeque<>();

    GetResponseContacts(Object lock, GetResponseCampaigns campaigns, GetResponseTags tags,
                        GetResponseCustomFields customFields, GetResponseAccount account, GetResponseIds ids,
                        Clock clock, Duration processingDelay, Supplier<String> apiUrl) {
        this.lock = lock;
        this.campaigns = campaigns;
        this.tags = tags;
        this.customFields = customFields;
        this.account = account;
        this.ids = ids;
        this.clock = new SimClock(clock);
        this.apiUrl = apiUrl;
        this.later = processingDelay.isZero() ? Runnable::run
                : CompletableFuture.delayedExecutor(processingDelay.toMillis(), TimeUnit.MILLISECONDS);
        tags.onDelete(this::dropTag);
        customFields.onDelete(this::dropCustomField);
    }

    /** {@code POST /contacts}: checked now, queued, and answered 202 with an empty body. */
    SimResponse create(SimRequest request) {
        queue.add(checked(request.json()));
        CompletableFuture.runAsync(this::processNext, later);
        return SimResponse.status(202);
    }

    /** A contact checked as {@code POST /contacts} checks it and stored at once, as if the queue had run (seeding). */
    ObjectNode createNow(JsonNode body) {
        return store(checked(body));
    }

    private ObjectNode checked(JsonNode body) {
        ObjectNode contact = SimJson.object();
        contact.put("email", email(body));
        String campaignId = SimJson.text(body.path("campaign"), "campaignId");
        if (campaignId == null) {
            throw GetResponseErrors.validation("campaign.campaignId", "is required");
        }
        ObjectNode campaign = campaigns.byId(campaignId).orElseThrow(() ->
                GetResponseErrors.relatedNotFound("campaign.campaignId", "no campaign with id " + campaignId));
        contact.set("campaign", campaigns.reference(campaign));
        unique(contact.path("email").asText(), campaignId, null);
        contact.put("name", SimJson.text(body, "name")).put("note", (String) null).put("dayOfCycle", (String) null)
                .putNull("scoring").put("ipAddress", SimJson.text(body, "ipAddress"));
        write(contact, body);
        return contact;
    }

    SimResponse get(SimRequest request) {
        return SimResponse.json(200, GetResponseView.of(request, "contactId").write(current(find(request))));
    }

    /** Only the keys sent change ({@code tags} and {@code customFieldValues} are replaced); a refusal changes nothing. */
    SimResponse update(SimRequest request) {
        ObjectNode contact = find(request).deepCopy();
        JsonNode body = request.json();
        if (body.has("email")) {
            contact.put("email", email(body));
        }
        String campaignId = SimJson.text(body.path("campaign"), "campaignId");
        if (campaignId != null) {
            contact.set("campaign", campaigns.reference(campaigns.byId(campaignId).orElseThrow(() ->
                    GetResponseErrors.relatedNotFound("campaign.campaignId", "no campaign with id " + campaignId))));
        }
        unique(contact.path("email").asText(), contact.path("campaign").path("campaignId").asText(),
                contact.path("contactId").asText());
        if (body.has("name")) {
            contact.put("name", SimJson.text(body, "name"));
        }
        if (body.has("note")) {
            contact.put("note", SimJson.text(body, "note"));
        }
        write(contact, body);
        return saved(request, contact);
    }

    /** {@code DELETE /contacts/{id}} (204); an enabled unsubscribe callback is called. */
    SimResponse delete(SimRequest request) {
        ObjectNode contact = find(request);
        contacts.remove(contact.path("contactId").asText());
        account.notify("unsubscribe", contact);
        return SimResponse.status(204);
    }

    /** {@code POST /contacts/{id}/tags}: adds the tags, keeping the others. */
    SimResponse upsertTags(SimRequest request) {
        ObjectNode contact = find(request).deepCopy();
        JsonNode sent = request.json().path("tags");
        if (!sent.isArray() || sent.isEmpty()) {
            throw GetResponseErrors.validation("tags", "must be a non-empty array of {tagId}");
        }
        Map<String, JsonNode> merged = new LinkedHashMap<>();
        contact.path("tags").forEach(t -> merged.put(t.path("tagId").asText(), t));
        tagsOf("tags", sent).forEach(t -> merged.put(t.path("tagId").asText(), t));
        contact.putArray("tags").addAll(merged.values());
        return saved(request, contact);
    }

    /** {@code POST /contacts/{id}/custom-fields}: sets the values sent, keeping the other fields'. */
    SimResponse upsertCustomFields(SimRequest request) {
        ObjectNode contact = find(request).deepCopy();
        JsonNode sent = request.json().path("customFieldValues");
        if (!sent.isArray() || sent.isEmpty()) {
            throw GetResponseErrors.validation("customFieldValues", "must be a non-empty array");
        }
        Map<String, JsonNode> merged = new LinkedHashMap<>();
        contact.path("customFieldValues").forEach(v -> merged.put(v.path("customFieldId").asText(), v));
        valuesOf(sent).forEach(v -> merged.put(v.path("customFieldId").asText(), v));
        contact.putArray("customFieldValues").addAll(merged.values());
        return saved(request, contact);
    }

    /** The contact's activities: the sandbox sends no messages, so always an empty page. */
    SimResponse activities(SimRequest request) {
        find(request);
        GetResponseView view = GetResponseView.of(request, "activityId");
        return GetResponseListQuery.parse(request, NO_QUERY, view.zone()).answer(List.of(), view);
    }

    SimResponse list(SimRequest request) {
        return list(request, null);
    }

    /** {@code GET /campaigns/{id}/contacts}: the list of one campaign (404 when there is no such campaign). */
    SimResponse listOfCampaign(SimRequest request) {
        return list(request, campaigns.find(request.pathParameter("campaignId")).path("campaignId").asText());
    }

    int pending() {
        synchronized (lock) {
            return queue.size();
        }
    }

    void clear() {
        contacts.clear();
        queue.clear();
    }

    /** One run per queued contact; each takes the oldest, so the order is kept whichever run comes first. */
    private void processNext() {
        synchronized (lock) {
            ObjectNode contact = queue.poll();
            if (contact == null) {
                return; // a reset emptied the queue
            }
            store(contact);
        }
    }

    /** The contact appears: id, dates, origin; an enabled subscribe callback is called. Under the lock. */
    private ObjectNode store(ObjectNode contact) {
        String id = ids.next(5);
        String created = GetResponseDates.format(clock.nextInstant(), ZoneOffset.UTC);
        ObjectNode stored = SimJson.object().put("contactId", id).put("href", apiUrl.get() + "/contacts/" + id);
        stored.setAll(contact);
        stored.put("origin", "api").put("timeZone", (String) null)
                .put("activities", apiUrl.get() + "/contacts/" + id + "/activities")
                .put("changedOn", (String) null).put("createdOn", created).putNull("engagementScore");
        contacts.put(id, stored);
        account.notify("subscribe", stored);
        return stored;
    }

    private SimResponse list(SimRequest request, String campaignId) {
        List<ObjectNode> rows = new ArrayList<>();
        for (ObjectNode contact : contacts.values()) {
            if (campaignId == null || campaignId.equals(contact.path("campaign").path("campaignId").asText())) {
                ObjectNode row = current(contact);
                row.remove(List.of("tags", "customFieldValues"));
                rows.add(row);
            }
        }
        GetResponseView view = GetResponseView.of(request, "contactId");
        return GetResponseListQuery.parse(request, SPEC, view.zone()).answer(rows, view);
    }

    private SimResponse saved(SimRequest request, ObjectNode contact) {
        contact.put("changedOn", GetResponseDates.format(clock.nextInstant(), ZoneOffset.UTC));
        contacts.put(contact.path("contactId").asText(), contact);
        return SimResponse.json(200, GetResponseView.of(request, "contactId").write(current(contact)));
    }

    /** dayOfCycle, scoring, tags and customFieldValues, when sent (collections replace the stored ones). */
    private void write(ObjectNode contact, JsonNode body) {
        JsonNode day = body.get("dayOfCycle");
        if (day != null && !day.isNull()) {
            if (!day.asText().matches("\\d{1,4}")) {
                throw GetResponseErrors.validation("dayOfCycle", "must be a whole number from 0 to 9999");
            }
            contact.put("dayOfCycle", day.asText());
        }
        JsonNode scoring = body.get("scoring");
        if (scoring != null && !scoring.isNull()) {
            if (!scoring.isNumber()) {
                throw GetResponseErrors.validation("scoring", "must be a number");
            }
            contact.put("scoring", scoring.asDouble());
        }
        if (body.has("tags") || !contact.has("tags")) {
            contact.putArray("tags").addAll(tagsOf("tags", body.path("tags")));
        }
        if (body.has("customFieldValues") || !contact.has("customFieldValues")) {
            contact.putArray("customFieldValues").addAll(valuesOf(body.path("customFieldValues")));
        }
    }

    private List<ObjectNode> tagsOf(String field, JsonNode sent) {
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            ObjectNode tag = tags.referenced(field + "[" + i + "].tagId", SimJson.text(sent.get(i), "tagId"));
            out.add(SimJson.object().put("tagId", tag.path("tagId").asText()).put("name", tag.path("name").asText())
                    .put("color", tag.path("color").asText()).put("href", tag.path("href").asText()));
        }
        return out;
    }

    private List<ObjectNode> valuesOf(JsonNode sent) {
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            out.add(customFields.value("customFieldValues[" + i + "]", sent.get(i)));
        }
        return out;
    }

    private static String email(JsonNode body) {
        String email = SimJson.text(body, "email");
        if (email == null || email.isBlank()) {
            throw GetResponseErrors.validation("email", "is required");
        }
        if (!EMAIL.matcher(email.trim()).matches()) {
            throw GetResponseErrors.validation("email", "is not a valid e-mail address: " + email);
        }
        return email.trim();
    }

    /** One e-mail per campaign, whatever its case, among contacts and the queue. */
    private void unique(String email, String campaignId, String exceptContactId) {
        String key = email.toLowerCase(Locale.ROOT);
        boolean taken = contacts.values().stream().anyMatch(c -> sameAddress(c, key, campaignId)
                && !c.path("contactId").asText().equals(exceptContactId))
                || queue.stream().anyMatch(c -> sameAddress(c, key, campaignId));
        if (taken) {
            throw new SimulatorException(409, GetResponseErrors.DUPLICATE, null, "Contact already added");
        }
    }

    private static boolean sameAddress(ObjectNode contact, String email, String campaignId) {
        return contact.path("email").asText().toLowerCase(Locale.ROOT).equals(email)
                && contact.path("campaign").path("campaignId").asText().equals(campaignId);
    }

    private ObjectNode find(SimRequest request) {
        String id = request.pathParameter("contactId");
        ObjectNode contact = contacts.get(id);
        if (contact == null) {
            throw GetResponseErrors.notFound("contact " + id);
        }
        return contact;
    }

    /** A copy with the campaign's current name (a campaign may have been renamed since). */
    private ObjectNode current(ObjectNode contact) {
        ObjectNode copy = contact.deepCopy();
        campaigns.byId(contact.path("campaign").path("campaignId").asText())
                .ifPresent(c -> copy.set("campaign", campaigns.reference(c)));
        return copy;
    }

    private void dropTag(String tagId) {
        contacts.values().forEach(c -> remove((ArrayNode) c.get("tags"), "tagId", tagId));
    }

    private void dropCustomField(String customFieldId) {
        contacts.values().forEach(c -> remove((ArrayNode) c.get("customFieldValues"), "customFieldId", customFieldId));
    }

    private static void remove(ArrayNode array, String field, String id) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (id.equals(array.get(i).path(field).asText())) {
                array.remove(i);
            }
        }
    }

    Optional<ObjectNode> byEmail(String email) {
        synchronized (lock) {
            return contacts.values().stream().filter(c -> c.path("email").asText().equalsIgnoreCase(email))
                    .findFirst().map(ObjectNode::deepCopy);
        }
    }
}
