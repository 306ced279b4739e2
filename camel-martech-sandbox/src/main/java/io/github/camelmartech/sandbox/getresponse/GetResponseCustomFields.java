package io.github.camelmartech.sandbox.getresponse;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;

/**
 * Custom field definitions: create (201), get, update, delete (204; contacts lose their values), list (filter and
 * sort by {@code name}). Names are lowercase letters, digits and {@code _}, unique (409, 1008); the type is one of
 * GetResponse's; selects need their {@code values}. A contact's value of a select must be one of them.
 */
final class GetResponseCustomFields extends GetResponseRecords {

    private static final Pattern NAME = Pattern.compile("^[a-z0-9_]{1,32}$");
    private static final Set<String> TYPES = Set.of("text", "textarea", "radio", "checkbox", "single_select",
            "multi_select", "number", "date", "datetime", "country", "currency", "phone", "gender", "ip", "url");
    private static final Set<String> CHOICES = Set.of("radio", "checkbox", "single_select", "multi_select");
    private static final GetResponseListQuery.Spec SPEC = new GetResponseListQuery.Spec(Map.of("name", "name"),
            Set.of("name"), Set.of(), Map.of("name", "name"));

    private final GetResponseIds ids;
    private final Supplier<String> apiUrl;

    GetResponseCustomFields(GetResponseIds ids, Supplier<String> apiUrl) {
        super("customFieldId", "custom field", SPEC);
        this.ids = ids;
        this.apiUrl = apiUrl;
    }

    SimResponse create(SimRequest request) {
        JsonNode body = request.json();
        String name = SimJson.text(body, "name");
        if (name == null || !NAME.matcher(name).matches()) {
            throw GetResponseErrors.validation("name", "must be lowercase letters, digits and _ (at most 32)");
        }
        if (records.values().stream().anyMatch(f -> f.path("name").asText().equals(name))) {
            throw GetResponseErrors.duplicate("name", "a custom field named " + name + " already exists");
        }
        String id = ids.next(5);
        ObjectNode field = SimJson.object().put("customFieldId", id).put("href", apiUrl.get() + "/custom-fields/" + id)
                .put("name", name);
        write(field, body, true);
        records.put(id, field);
        return SimResponse.json(201, view(request).write(field));
    }

    /** The name cannot change; type, format, hidden and values can. */
    SimResponse update(SimRequest request) {
        ObjectNode field = find(request.pathParameter("customFieldId")).deepCopy();
        write(field, request.json(), false);
        records.put(field.path("customFieldId").asText(), field);
        return SimResponse.json(200, view(request).write(field));
    }

    /** A contact's value as GetResponse writes it back, checked against the definition (400 1001 / 1000). */
    ObjectNode value(String field, JsonNode sent) {
        String id = SimJson.text(sent, "customFieldId");
        ObjectNode definition = id == null ? null : records.get(id);
        if (definition == null) {
            throw GetResponseErrors.relatedNotFound(field + ".customFieldId", "no custom field with id " + id);
        }
        JsonNode values = sent.path("value");
        if (!values.isArray() || values.isEmpty()) {
            throw GetResponseErrors.validation(field + ".value", "must be a non-empty array of strings");
        }
        JsonNode allowed = definition.path("values");
        boolean choice = CHOICES.contains(definition.path("type").asText());
        for (JsonNode value : values) {
            if (choice && !contains(allowed, value.asText())) {
                throw GetResponseErrors.validation(field + ".value", value.asText() + " is not one of " + allowed);
            }
        }
        ObjectNode out = SimJson.object().put("customFieldId", id).put("name", definition.path("name").asText())
                .put("type", definition.path("type").asText()).put("fieldType", definition.path("fieldType").asText())
                .put("valueType", definition.path("valueType").asText()).put("hidden", definition.path("hidden").asText());
        out.set("value", values.deepCopy());
        out.set("values", values.deepCopy());
        return out;
    }

    private static void write(ObjectNode field, JsonNode body, boolean create) {
        String type = SimJson.text(body, "type");
        if (type == null && create) {
            throw GetResponseErrors.validation("type", "is required, one of " + TYPES);
        }
        if (type != null && !TYPES.contains(type)) {
            throw GetResponseErrors.validation("type", "must be one of " + TYPES);
        }
        if (type != null) {
            String format = SimJson.text(body, "format") == null ? type : SimJson.text(body, "format");
            field.put("type", type).put("format", format).put("fieldType", format)
                    .put("valueType", type.equals("number") ? "number" : type.startsWith("date") ? type : "string");
        }
        String hidden = SimJson.text(body, "hidden");
        if (hidden != null && !hidden.equals("true") && !hidden.equals("false")) {
            throw GetResponseErrors.validation("hidden", "must be the string true or false");
        }
        field.put("hidden", hidden != null ? hidden : field.path("hidden").asText("false"));
        ArrayNode values = body.path("values").isArray() ? (ArrayNode) body.get("values").deepCopy()
                : field.path("values").isArray() ? (ArrayNode) field.get("values") : SimJson.array();
        if (CHOICES.contains(field.path("type").asText()) && values.isEmpty()) {
            throw GetResponseErrors.validation("values", "a " + field.path("type").asText() + " needs its values");
        }
        field.set("values", values);
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode v : array) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
