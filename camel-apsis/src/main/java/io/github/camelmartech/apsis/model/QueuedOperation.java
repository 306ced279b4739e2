package io.github.camelmartech.apsis.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** The handle of a queued method: its OperationGuid (quote it to APSIS support) and PollURL. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class QueuedOperation extends MarTechBean {

    private String operationGuid;
    @JsonProperty("PollURL")
    private String pollUrl;

    public String getOperationGuid() {
        return operationGuid;
    }

    public void setOperationGuid(String operationGuid) {
        this.operationGuid = operationGuid;
    }

    /** Fluent setter. */
    public QueuedOperation operationGuid(String operationGuid) {
        this.operationGuid = operationGuid;
        return this;
    }

    public String getPollUrl() {
        return pollUrl;
    }

    public void setPollUrl(String pollUrl) {
        this.pollUrl = pollUrl;
    }

    /** Fluent setter. */
    public QueuedOperation pollUrl(String pollUrl) {
        this.pollUrl = pollUrl;
        return this;
    }
}
