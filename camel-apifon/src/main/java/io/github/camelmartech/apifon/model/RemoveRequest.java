package io.github.camelmartech.apifon.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** Removes scheduled messages by request id or reference id. */
public class RemoveRequest extends MarTechBean {

    @JsonProperty("id")
    private String id;
    @JsonProperty("field")
    private String field;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }
}
