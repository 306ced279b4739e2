package io.github.camelmartech.apifon.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** Blocks a destination (mobile or email): it is unsubscribed from every list. */
public class BlockRequest extends MarTechBean {

    @JsonProperty("destination")
    private String destination;
    @JsonProperty("reason")
    private String reason;
    @JsonProperty("description")
    private String description;

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
