package io.github.camelmartech.apsis.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** An event attendee: the values of the registration form controls and a status. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class Attendee extends MarTechBean {

    private List<Map<String, Object>> controlValues;
    private String status;

    public List<Map<String, Object>> getControlValues() {
        return controlValues;
    }

    public void setControlValues(List<Map<String, Object>> controlValues) {
        this.controlValues = controlValues;
    }

    /** Fluent setter. */
    public Attendee controlValues(List<Map<String, Object>> controlValues) {
        this.controlValues = controlValues;
        return this;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** Fluent setter. */
    public Attendee status(String status) {
        this.status = status;
        return this;
    }
}
