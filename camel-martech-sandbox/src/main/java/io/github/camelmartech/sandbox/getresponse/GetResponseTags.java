package io.github.camelmartech.sandbox.getresponse;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
final class GetResponseTags {

    private static final Pattern NAME = Pattern.compile("^[_a-zA-Z0-9]{2,64}$");
    private static final GetResponseListQuery.Spec SPEC = new GetResponseListQuery.Spec(Map.of("name", "name"),
            Set.of("name"), Set.of("createdAt"), Map.of("name", "name", "createdAt", "createdAt"));

    private final Map<String, ObjectNode> tags = new LinkedHashMap<>();
    private final GetResponseIds ids;
    private final SimClock clock;
    private final Supplier<String> apiUrl;
    private Consumer<String> onDelete = id -> { };

    GetResponseTags(GetResponseIds ids, Clock clock, Supplier<String> apiUrl) {
        this.ids = ids;
        this.clock = new SimClock(clock);
        this.apiUrl = apiUrl;
    }

    /** Told the id of each deleted tag, so contacts drop it. */
    void onDelete(Consumer<String> listener) {
        this.onDelete = listener;
    }

    SimResponse create(SimRequest request) {
        JsonNode body = request.json();
        String name = name(body, null);
        String id = ids.next(4);
        ObjectNode tag = SimJson.object().put("tagId", id).put("href", apiUrl.get() + "/tags/" + id).put("name", name)
                .put("color", SimJson.text(body, "color") == null ? "" : SimJson.text(body, "color"))
                .put("createdAt", GetResponseDates.format(clock.nextInstant(), ZoneOffset.UTC));
        tags.put(id, tag);
        return SimResponse.json(201, GetResponseView.of(request, "tagId").write(tag));
    }

    SimResponse get(SimRequest request) {
        return SimResponse.json(200, GetResponseView.of(request, "tagId").write(find(request.pathParameter("tagId"))));
    }

    SimResponse update(SimRequest request) {
        ObjectNode tag = find(request.pathParameter("tagId"));
        JsonNode body = request.json();
        String name = body.has("name") ? name(body, tag.path("tagId").asText()) : tag.path("name").asText();
        tag.put("name", name);
        if (body.has("color")) {
            tag.put("color", SimJson.text(body, "color"));
        }
        return SimResponse.json(200, GetResponseView.of(request, "tagId").write(tag));
    }

    SimResponse delete(SimRequest request) {
        String id = find(request.pathParameter("tagId")).path("tagId").asText();
        tags.remove(id);
        onDelete.accept(id);
        return SimResponse.status(204);
    }

    SimResponse list(SimRequest request) {
        GetResponseView view = GetResponseView.of(request, "tagId");
        return GetResponseListQuery.parse(request, SPEC, view.zone()).answer(tags.values(), view);
    }

    /** The tag a contact refers to, or 400 1001 naming the field. */
    ObjectNode referenced(String field, String tagId) {
        ObjectNode tag = tagId == null ? null : tags.get(tagId);
        if (tag == null) {
            throw GetResponseErrors.relatedNotFound(field, "no tag with id " + tagId);
        }
        return tag;
    }

    void clear() {
        tags.clear();
    }

    private ObjectNode find(String tagId) {
        ObjectNode tag = tags.get(tagId);
        if (tag == null) {
            throw GetResponseErrors.notFound("tag " + tagId);
        }
        return tag;
    }

    private String name(JsonNode body, String exceptId) {
        String name = SimJson.text(body, "name");
        if (name == null || !NAME.matcher(name).matches()) {
            throw GetResponseErrors.validation("name", "must be 2-64 letters, digits or _");
        }
        if (tags.values().stream().anyMatch(t -> t.path("name").asText().equals(name)
                && !t.path("tagId").asText().equals(exceptId))) {
            throw GetResponseErrors.duplicate("name", "a tag named " + name + " already exists");
        }
        return name;
    }
}
