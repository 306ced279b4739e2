package io.github.camelmartech.sandbox.apifon;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimClock;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/** Lists with their subscriber and GDPR fields; each list owns its subscribers ({@link ApifonSubscribers}). */
final class ApifonLists {

    static final int ACCOUNT_ID = 5411;
    private static final Set<String> TYPES = Set.of("MOBILE", "ADVANCED");
    private static final Set<String> FIELD_TYPES = Set.of("DATE", "TEXT", "NUMBER", "URL", "EMAIL");

    /** A list and its subscribers by id. */
    record ListRecord(ObjectNode list, Map<String, ObjectNode> subscribers) {
    }

    private final Map<String, ListRecord> lists = new LinkedHashMap<>();
    private final SimClock clock;
    private final Supplier<String> baseUrl;

    ApifonLists(Clock clock, Supplier<String> baseUrl) {
        this.clock = new SimClock(clock);
        this.baseUrl = baseUrl;
    }

    synchronized SimResponse create(SimRequest request) {
        JsonNode body = request.json();
        String type = SimJson.required(body, "type");
        if (!TYPES.contains(type)) {
            throw SimulatorException.badRequest("type", "must be MOBILE or ADVANCED");
        }
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        long now = clock.nextMillis();
        ObjectNode list = SimJson.object().put("id", id).put("type", type).put("status", "IDLE")
                .put("account_id", ACCOUNT_ID).put("date_created", now).put("date_updated", now);
        list.putArray("subscriber_fields");
        list.putArray("gdpr_fields");
        write(list, body);
        lists.put(id, new ListRecord(list, new LinkedHashMap<>()));
        return SimResponse.status(201).header("Location", location(id));
    }

    synchronized SimResponse page(SimRequest request) {
        String type = request.query("type", null);
        List<ObjectNode> matching = new ArrayList<>();
        for (ListRecord record : lists.values()) {
            if (type == null || type.equals(record.list().path("type").asText())) {
                matching.add(view(record));
            }
        }
        return ApifonPages.page(request, baseUrl.get(), matching, 20, "id");
    }

    synchronized SimResponse get(SimRequest request) {
        return SimResponse.json(200, view(list(request)));
    }

    /** A full replace: fields left out are removed, as Apifon documents. */
    synchronized SimResponse update(SimRequest request) {
        ObjectNode list = list(request).list();
        JsonNode body = request.json();
        List.of("description", "campaign_defaults", "gdpr_properties").forEach(list::remove);
        write(list, body);
        list.put("date_updated", clock.nextMillis());
        return SimResponse.status(200).header("Content-Location", location(list.path("id").asText()));
    }

    synchronized SimResponse delete(SimRequest request) {
        lists.remove(list(request).list().path("id").asText());
        return SimResponse.status(204);
    }

    synchronized SimResponse addField(SimRequest request) {
        ObjectNode list = list(request).list();
        JsonNode body = request.json();
        String name = SimJson.required(body, "name");
        String key = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        if (field(list, "subscriber_fields", key) != null) {
            throw SimulatorException.conflict("name", "a field " + key + " exists already");
        }
        ObjectNode field = ((ArrayNode) list.get("subscriber_fields")).addObject().put("field", key);
        writeField(field, body);
        list.put("date_updated", clock.nextMillis());
        return SimResponse.status(201);
    }

    synchronized SimResponse updateField(SimRequest request) {
        ObjectNode list = list(request).list();
        writeField(requiredField(list, "subscriber_fields", request.pathParameter("field")), request.json());
        list.put("date_updated", clock.nextMillis());
        return SimResponse.status(200);
    }

    synchronized SimResponse deleteField(SimRequest request) {
        ObjectNode list = list(request).list();
        ArrayNode fields = (ArrayNode) list.get("subscriber_fields");
        ObjectNode field = requiredField(list, "subscriber_fields", request.pathParameter("field"));
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) == field) {
                fields.remove(i);
                break;
            }
        }
        list.put("date_updated", clock.nextMillis());
        return SimResponse.status(204);
    }

    /** GDPR fields exist only on ADVANCED lists whose GDPR properties say they are compliant. */
    synchronized SimResponse addGdprField(SimRequest request) {
        ObjectNode list = list(request).list();
        if (!"ADVANCED".equals(list.path("type").asText())
            || !list.path("gdpr_properties").path("gdpr_compliant").asBoolean(false)) {
            throw SimulatorException.badRequest("gdpr", "GDPR fields need an ADVANCED list with gdpr_compliant true");
        }
        JsonNode body = request.json();
        String name = SimJson.required(body, "name");
        ArrayNode fields = (ArrayNode) list.get("gdpr_fields");
        fields.addObject().put("field", "GDPR_" + (fields.size() + 1)).put("name", name)
                .put("description", SimJson.text(body, "description")).put("mobile", true).put("email", true);
        list.put("date_updated", clock.nextMillis());
        return SimResponse.status(201);
    }

    synchronized SimResponse updateGdprField(SimRequest request) {
        ObjectNode list = list(request).list();
        JsonNode body = request.json();
        requiredField(list, "gdpr_fields", request.pathParameter("field")).put("name", SimJson.required(body, "name"))
                .put("description", SimJson.text(body, "description"));
        list.put("date_updated", clock.nextMillis());
        return SimResponse.status(200);
    }

    /** The list the request's {@code list_id} names, else Apifon's 404. */
    ListRecord list(SimRequest request) {
        ListRecord record = lists.get(request.pathParameter("list_id"));
        if (record == null) {
            throw SimulatorException.notFound("list " + request.pathParameter("list_id"));
        }
        return record;
    }

    Iterable<ListRecord> all() {
        return lists.values();
    }

    synchronized void clear() {
        lists.clear();
    }

    static ObjectNode field(ObjectNode list, String kind, String key) {
        for (JsonNode field : list.path(kind)) {
            if (key.equals(field.path("field").asText())) {
                return (ObjectNode) field;
            }
        }
        return null;
    }

    private static ObjectNode requiredField(ObjectNode list, String kind, String key) {
        ObjectNode field = field(list, kind, key);
        if (field == null) {
            throw SimulatorException.notFound("field " + key);
        }
        return field;
    }

    private static void write(ObjectNode list, JsonNode body) {
        list.put("title", SimJson.required(body, "title")).put("prefix", SimJson.required(body, "prefix"))
                .put("description", SimJson.text(body, "description"));
        for (String part : List.of("campaign_defaults", "gdpr_properties")) {
            if (body.has(part)) {
                list.set(part, body.get(part));
            }
        }
        list.putObject("meta").put("ETag", UUID.randomUUID().toString());
    }

    private static void writeField(ObjectNode field, JsonNode body) {
        String type = body.has("type") ? body.get("type").asText() : field.path("type").asText("TEXT");
        if (!FIELD_TYPES.contains(type)) {
            throw SimulatorException.badRequest("type", "must be one of " + FIELD_TYPES);
        }
        if (body.has("date_format") && !"DATE".equals(type)) {
            throw SimulatorException.badRequest("date_format", "is only for DATE fields");
        }
        field.put("name", SimJson.required(body, "name")).put("type", type)
                .put("length", body.path("length").asInt(255)).put("internal", body.path("internal").asBoolean(false))
                .put("date_format", SimJson.text(body, "date_format"));
    }

    /** The list as Apifon shows it: with its subscriber counts. */
    private static ObjectNode view(ListRecord record) {
        long active = record.subscribers().values().stream()
                .filter(s -> "SUBSCRIBED".equals(s.path("status").asText())).count();
        long activeEmail = record.subscribers().values().stream()
                .filter(s -> "SUBSCRIBED".equals(s.path("email_status").asText())).count();
        return record.list().deepCopy().put("total_subscribers", record.subscribers().size())
                .put("active_subscribers", active).put("active_email_subscribers", activeEmail);
    }

    private String location(String id) {
        return baseUrl.get() + ApifonSimulator.API + "/list/" + id;
    }
}
