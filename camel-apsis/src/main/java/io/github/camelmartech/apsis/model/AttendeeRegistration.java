package io.github.camelmartech.apsis.model;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** An attendee with guests, to add or register to an event session. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class AttendeeRegistration extends MarTechBean {

    private Attendee attendee;
    private List<Attendee> guests;
    private Integer numberOfAnonymousGuests;
    private Boolean debugMode;

    public Attendee getAttendee() {
        return attendee;
    }

    public void setAttendee(Attendee attendee) {
        this.attendee = attendee;
    }

    /** Fluent setter. */
    public AttendeeRegistration attendee(Attendee attendee) {
        this.attendee = attendee;
        return this;
    }

    public List<Attendee> getGuests() {
        return guests;
    }

    public void setGuests(List<Attendee> guests) {
        this.guests = guests;
    }

    /** Fluent setter. */
    public AttendeeRegistration guests(List<Attendee> guests) {
        this.guests = guests;
        return this;
    }

    public Integer getNumberOfAnonymousGuests() {
        return numberOfAnonymousGuests;
    }

    public void setNumberOfAnonymousGuests(Integer numberOfAnonymousGuests) {
        this.numberOfAnonymousGuests = numberOfAnonymousGuests;
    }

    /** Fluent setter. */
    public AttendeeRegistration numberOfAnonymousGuests(Integer numberOfAnonymousGuests) {
        this.numberOfAnonymousGuests = numberOfAnonymousGuests;
        return this;
    }

    public Boolean getDebugMode() {
        return debugMode;
    }

    public void setDebugMode(Boolean debugMode) {
        this.debugMode = debugMode;
    }

    /** Fluent setter. */
    public AttendeeRegistration debugMode(Boolean debugMode) {
        this.debugMode = debugMode;
        return this;
    }
}
