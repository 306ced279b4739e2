package io.github.camelmartech.getresponse.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * Base of the GetResponse models: the documented fields are typed; any other field GetResponse sends (it adds
 * fields without notice) is kept in {@link #getOther()} and written back, so nothing is dropped.
 */
public abstract class GetResponseModel {

    private final Map<String, Object> other = new LinkedHashMap<>();

    @JsonAnySetter
    public void setOther(String name, Object value) {
        other.put(name, value);
    }

    /** The fields the model does not type. */
    @JsonAnyGetter
    public Map<String, Object> getOther() {
        return other;
    }
}
