package io.github.camelmartech.sandbox.getresponse;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimRequest;

/**
 * How a record is written to one request: only the {@code fields} asked for (the id always), and its dates in the
 * request's {@code X-Time-Zone}. Records are stored with UTC dates.
 */
final class GetResponseView {

    private static final List<String> DATE_FIELDS = List.of("createdOn", "changedOn", "createdAt");

    private final String idField;
    private final Set<String> fields;
    private final ZoneId zone;

    private GetResponseView(String idField, Set<String> fields, ZoneId zone) {
        this.idField = idField;
        this.fields = fields;
        this.zone = zone;
    }

    static GetResponseView of(SimRequest request, String idField) {
        String fields = request.query("fields", null);
        Set<String> asked = fields == null || fields.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.stream(fields.split(",")).map(String::trim).filter(f -> !f.isEmpty()).toList());
        return new GetResponseView(idField, asked, GetResponseDates.zone(request.header("X-Time-Zone")));
    }

    ZoneId zone() {
        return zone;
    }

    ObjectNode write(ObjectNode record) {
        ObjectNode out = record.deepCopy();
        if (!fields.isEmpty()) {
            out.retain(fields.stream().filter(f -> !f.equals(idField)).toList());
            out.set(idField, record.get(idField));
            // the id first, as GetResponse writes it
            ObjectNode ordered = record.objectNode().set(idField, record.get(idField));
            out.fields().forEachRemaining(e -> ordered.set(e.getKey(), e.getValue()));
            out = ordered;
        }
        if (!ZoneOffset.UTC.equals(zone)) {
            for (String field : DATE_FIELDS) {
                JsonNode value = out.get(field);
                if (value != null && value.isTextual()) {
                    out.put(field, GetResponseDates.format(GetResponseDates.parse(value.asText()), zone));
                }
            }
        }
        return out;
    }
}
