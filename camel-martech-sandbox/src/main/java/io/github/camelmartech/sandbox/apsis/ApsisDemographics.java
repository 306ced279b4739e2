package io.github.camelmartech.sandbox.apsis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * The account's demographic data fields ({@code GET /accounts/v2/demographics} → {@code Result.Demographics[]} of
 * {@code {Key, Index, Alternatives, Visible}}). Subscribers' {@code DemDataFields} must name one of them, take one
 * of its alternatives when it has any, hold at most 100 fields and 500 characters a value.
 */
final class ApsisDemographics {

    static final int MAX_FIELDS = 100;
    static final int MAX_VALUE_LENGTH = 500;

    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    ApsisDemographics() {
        reset();
    }

    void define(String key, List<String> alternatives) {
        fields.put(key, List.copyOf(alternatives));
    }

    SimResponse list(SimRequest request) {
        ObjectNode result = SimJson.object();
        ArrayNode demographics = result.putArray("Demographics");
        int index = 0;
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            ObjectNode node = demographics.addObject().put("Key", field.getKey()).put("Index", index++)
                    .put("Visible", true);
            field.getValue().forEach(node.putArray("Alternatives")::add);
        }
        return ApsisEnvelope.ok(result);
    }

    /** Checks a subscriber's {@code DemDataFields}; returns them as stored (absent → empty). */
    ArrayNode check(JsonNode demDataFields) {
        ArrayNode checked = SimJson.array();
        if (demDataFields == null || demDataFields.isNull()) {
            return checked;
        }
        if (!demDataFields.isArray() || demDataFields.size() > MAX_FIELDS) {
            throw SimulatorException.badRequest("DemDataFields", "must be an array of at most " + MAX_FIELDS + " fields");
        }
        for (JsonNode field : demDataFields) {
            String key = SimJson.required(field, "Key");
            String value = field.path("Value").asText("");
            List<String> alternatives = fields.get(key);
            if (alternatives == null) {
                throw SimulatorException.badRequest("DemDataFields", "names " + key + ", not a field of the account");
            }
            if (value.length() > MAX_VALUE_LENGTH || !alternatives.isEmpty() && !value.isEmpty()
                                                     && !alternatives.contains(value)) {
                throw SimulatorException.badRequest("DemDataFields", key + " must be at most " + MAX_VALUE_LENGTH
                                                                     + " characters and one of its alternatives " + alternatives);
            }
            checked.addObject().put("Key", key).put("Value", value);
        }
        return checked;
    }

    /** Back to the sandbox account's fields. */
    void reset() {
        fields.clear();
        define("FirstName", List.of());
        define("LastName", List.of());
        define("City", List.of());
        define("Country", List.of("SE", "DK", "NO", "FI"));
    }
}
