package io.github.camelmartech.support.json;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * Base of vendor models whose documented fields are typed: any other field is kept in {@link #getOther()}, both
 * ways. What a vendor sends beyond its documents is not dropped, and what a route adds is sent: vendors add fields
 * without notice and several document their schemas thinly.
 */
public abstract class ExtensibleModel extends MarTechBean {

    private final Map<String, Object> other = new LinkedHashMap<>();

    /** The fields the model does not type, in the order they came. */
    @JsonAnyGetter
    public Map<String, Object> getOther() {
        return other;
    }

    @JsonAnySetter
    public void setOther(String name, Object value) {
        other.put(name, value);
    }
}
