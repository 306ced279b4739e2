package io.github.camelmartech.sandbox.affelios;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.sandbox.SimResponse;

/**
 * The invalid fields of one request, collected so that all are reported at once, as ASP.NET model validation does;
 * {@link #problem()} is the 400 answer when there is any.
 */
final class AffeliosFieldErrors {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    void add(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    void required(JsonNode body, String prefix, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            add(prefix + field, "The " + field + " field is required.");
        }
    }

    /** An ISO-8601 date-time with its offset ({@code 2024-01-15T10:30:00.000Z}) when present. */
    void dateTime(JsonNode body, String prefix, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        try {
            OffsetDateTime.parse(value.asText());
        } catch (DateTimeParseException e) {
            add(prefix + field, "The JSON value could not be converted to System.DateTime.");
        }
    }

    void number(JsonNode body, String prefix, String field) {
        JsonNode value = body.get(field);
        if (value != null && !value.isNull() && !value.isNumber()) {
            add(prefix + field, "The JSON value could not be converted to System.Double.");
        }
    }

    void bool(JsonNode body, String prefix, String field) {
        JsonNode value = body.get(field);
        if (value != null && !value.isNull() && !value.isBoolean()) {
            add(prefix + field, "The JSON value could not be converted to System.Boolean.");
        }
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    SimResponse problem() {
        return AffeliosProblems.validation(errors);
    }
}
