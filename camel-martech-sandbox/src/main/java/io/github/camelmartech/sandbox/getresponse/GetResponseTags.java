package io.github.camelmartech.sandbox.getresponse;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimClock;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;

/**
 * Tags: create (201), get, update, delete (204; the tag also leaves its contacts), list (filter and sort by
 * {@code name}, {@code createdAt}). Names match {@code ^[_a-zA-Z0-9]{2,64}$} and are unique (409, 1008).
 */
final class GetResponseTags extends GetResponseRecords {

    private static final Pattern NAME = Pattern.compile("^[_a-zA-Z0-9]{2,64}$");
    private static final GetResponseListQuery.Spec SPEC = new GetResponseListQuery.Spec(Map.of("name", "name"),
            Set.of("name"), Set.of("createdAt"), Map.of("name", "name", "createdAt", "createdAt"));

    private final GetResponseIds ids;
    private final SimClock clock;
    private final Supplier<String> apiUrl;

    GetResponseTags(GetResponseIds ids, Clock clock, Supplier<String> apiUrl) {
        super("tagId", "tag", SPEC);
        this.ids = ids;
        this.clock = new SimClock(clock);
        this.apiUrl = apiUrl;
    }

    SimResponse create(SimRequest request) {
        JsonNode body = request.json();
        String name = name(body, null);
        String id = ids.next(4);
        ObjectNode tag = SimJson.object().put("tagId", id).put("href", apiUrl.get() + "/tags/" + id).put("name", name)
                .put("color", SimJson.text(body, "color") == null ? "" : SimJson.text(body, "color"))
                .put("createdAt", GetResponseDates.format(clock.nextInstant(), ZoneOffset.UTC));
        records.put(id, tag);
        return SimResponse.json(201, view(request).write(tag));
    }

    SimResponse update(SimRequest request) {
        ObjectNode tag = find(request.pathParameter("tagId"));
        JsonNode body = request.json();
        String name = body.has("name") ? name(body, tag.path("tagId").asText()) : tag.path("name").asText();
        tag.put("name", name);
        if (body.has("color")) {
            tag.put("color", SimJson.text(body, "color"));
        }
        return SimResponse.json(200, view(request).write(tag));
    }

    /** The tag a contact refers to, or 400 1001 naming the field. */
    ObjectNode referenced(String field, String tagId) {
        ObjectNode tag = tagId == null ? null : records.get(tagId);
        if (tag == null) {
            throw GetResponseErrors.relatedNotFound(field, "no tag with id " + tagId);
        }
        return tag;
    }

    private String name(JsonNode body, String exceptId) {
        String name = SimJson.text(body, "name");
        if (name == null || !NAME.matcher(name).matches()) {
            throw GetResponseErrors.validation("name", "must be 2-64 letters, digits or _");
        }
        if (records.values().stream().anyMatch(t -> t.path("name").asText().equals(name)
                && !t.path("tagId").asText().equals(exceptId))) {
            throw GetResponseErrors.duplicate("name", "a tag named " + name + " already exists");
        }
        return name;
    }
}
