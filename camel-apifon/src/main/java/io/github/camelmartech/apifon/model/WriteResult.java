package io.github.camelmartech.apifon.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/**
 * The outcome of a create, update, delete or status change: Apifon answers these with an empty body, and for a
 * create the new resource's URI in {@code Location} (for an update in {@code Content-Location}).
 */
public class WriteResult extends MarTechBean {

    private final int status;
    private final String location;

    @JsonCreator
    public WriteResult(@JsonProperty("status") int status, @JsonProperty("location") String location) {
        this.status = status;
        this.location = location;
    }

    public int getStatus() {
        return status;
    }

    public String getLocation() {
        return location;
    }

    /** The last path segment of the location: the id of a created list or subscriber; null without a location. */
    @JsonIgnore
    public String getId() {
        if (location == null || location.isBlank()) {
            return null;
        }
        String path = location.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
