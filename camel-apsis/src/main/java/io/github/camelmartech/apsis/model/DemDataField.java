package io.github.camelmartech.apsis.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** A demographic data field of a subscriber: {"Key":"Country","Value":"SE"}. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class DemDataField extends MarTechBean {

    private String key;
    private String value;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    /** Fluent setter. */
    public DemDataField key(String key) {
        this.key = key;
        return this;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    /** Fluent setter. */
    public DemDataField value(String value) {
        this.value = value;
        return this;
    }
}
