package io.github.camelmartech.affelios.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * Keeps the fields this model does not name, both ways: what a route adds is sent, what Affelios returns beyond
 * the documented fields is kept. The vendor's schema is thinly documented, so nothing is dropped silently.
 */
public abstract class ExtensibleModel {

    private final Map<String, Object> otherFields = new LinkedHashMap<>();

    @JsonAnyGetter
    public Map<String, Object> getOtherFields() {
        return otherFields;
    }

    @JsonAnySetter
    public void setOtherField(String name, Object value) {
        otherFields.put(name, value);
    }
}
