package io.github.camelmartech.apsis.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** The state of a queued method read from its PollURL: 0 waiting, 1 started, 2 completed, -1 error, -2 fatal error, -3 rejected. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class QueuedStatus extends MarTechBean {

    private Integer state;
    private String stateName;
    private String message;
    private String dataUrl;

    public Integer getState() {
        return state;
    }

    public void setState(Integer state) {
        this.state = state;
    }

    /** Fluent setter. */
    public QueuedStatus state(Integer state) {
        this.state = state;
        return this;
    }

    public String getStateName() {
        return stateName;
    }

    public void setStateName(String stateName) {
        this.stateName = stateName;
    }

    /** Fluent setter. */
    public QueuedStatus stateName(String stateName) {
        this.stateName = stateName;
        return this;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** Fluent setter. */
    public QueuedStatus message(String message) {
        this.message = message;
        return this;
    }

    public String getDataUrl() {
        return dataUrl;
    }

    public void setDataUrl(String dataUrl) {
        this.dataUrl = dataUrl;
    }

    /** Fluent setter. */
    public QueuedStatus dataUrl(String dataUrl) {
        this.dataUrl = dataUrl;
        return this;
    }
}
