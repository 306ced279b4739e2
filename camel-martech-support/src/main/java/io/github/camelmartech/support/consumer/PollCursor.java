package io.github.camelmartech.support.consumer;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.support.json.MarTechJson;
import org.apache.camel.RuntimeCamelException;

/**
 * Where a consumer is in a collection: the highest watermark emitted so far, and the ids emitted at exactly that
 * watermark (items sharing a timestamp must not be lost nor repeated). Stored as a small JSON string in a Camel
 * {@code StateRepository}.
 */
public record PollCursor(Instant watermark, Set<String> idsAtWatermark) {

    public static final PollCursor START = new PollCursor(null, Set.of());

    /** Whether an item was emitted already according to this cursor. */
    public boolean covers(Instant itemWatermark, String id) {
        if (watermark == null || itemWatermark == null) {
            return false;
        }
        int c = itemWatermark.compareTo(watermark);
        return c < 0 || c == 0 && idsAtWatermark.contains(id);
    }

    /** The cursor after emitting an item. */
    public PollCursor advance(Instant itemWatermark, String id) {
        if (itemWatermark == null) {
            return this;
        }
        if (watermark == null || itemWatermark.isAfter(watermark)) {
            return new PollCursor(itemWatermark, Set.of(id));
        }
        if (itemWatermark.equals(watermark)) {
            Set<String> ids = new HashSet<>(idsAtWatermark);
            ids.add(id);
            return new PollCursor(watermark, Set.copyOf(ids));
        }
        return this;
    }

    public String format() {
        ObjectNode node = MarTechJson.mapper().createObjectNode();
        node.put("watermark", watermark == null ? null : watermark.toString());
        idsAtWatermark.stream().sorted().forEach(node.putArray("ids")::add);
        return node.toString();
    }

    public static PollCursor parse(String state) {
        if (state == null || state.isBlank()) {
            return START;
        }
        try {
            JsonNode node = MarTechJson.mapper().readTree(state);
            String w = node.path("watermark").asText(null);
            Set<String> ids = new HashSet<>();
            node.path("ids").forEach(id -> ids.add(id.asText()));
            return new PollCursor(w == null ? null : Instant.parse(w), Set.copyOf(ids));
        } catch (IOException | RuntimeException e) {
            throw new RuntimeCamelException("Unreadable consumer cursor in the state repository: " + state, e);
        }
    }
}
