package io.github.camelmartech.apsis.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** Which attendees to list. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class AttendeeQuery extends MarTechBean {

    private String eventId;
    private String eventSessionId;
    private String attendeeStatus;

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    /** Fluent setter. */
    public AttendeeQuery eventId(String eventId) {
        this.eventId = eventId;
        return this;
    }

    public String getEventSessionId() {
        return eventSessionId;
    }

    public void setEventSessionId(String eventSessionId) {
        this.eventSessionId = eventSessionId;
    }

    /** Fluent setter. */
    public AttendeeQuery eventSessionId(String eventSessionId) {
        this.eventSessionId = eventSessionId;
        return this;
    }

    public String getAttendeeStatus() {
        return attendeeStatus;
    }

    public void setAttendeeStatus(String attendeeStatus) {
        this.attendeeStatus = attendeeStatus;
    }

    /** Fluent setter. */
    public AttendeeQuery attendeeStatus(String attendeeStatus) {
        this.attendeeStatus = attendeeStatus;
        return this;
    }
}
