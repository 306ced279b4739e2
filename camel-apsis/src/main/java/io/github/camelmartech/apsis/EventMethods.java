package io.github.camelmartech.apsis;

import java.util.List;
import java.util.Set;

import io.github.camelmartech.apsis.model.Attendee;
import io.github.camelmartech.apsis.model.AttendeeQuery;
import io.github.camelmartech.apsis.model.AttendeeRegistration;
import io.github.camelmartech.apsis.model.SessionQuery;

import static io.github.camelmartech.apsis.ApsisMethod.get;
import static io.github.camelmartech.apsis.ApsisMethod.post;
import static io.github.camelmartech.apsis.ApsisMethod.put;

/** The {@code events} resource (EventService, Event 2.0). */
final class EventMethods {

    static final String RESOURCE = "events";
    static final String DEFAULT = "list";
    static final String SESSION = "/event/v2/{eventId}/session/{sessionId}";
    private static final Set<String> STATUSES = Set.of("Registered", "WaitingList", "CheckedIn", "Cancel");

    private EventMethods() {
    }

    static List<ApsisMethod> methods() {
        return List.of(
                get("list", "/event/v1/all"),
                get("statuses", "/event/v1/statuses/{eventId}/queued"),
                post("sessions", "/event/v2/sessions").model(SessionQuery.class).read(),
                get("eventSessions", "/event/v2/{eventId}/sessions"),
                get("registrationFormControls", "/event/v2/{eventId}/registrationForm/controls"),
                get("optionsDataCategories", "/event/v2/{eventId}/optionsdatacategories"),
                post("attendees", "/event/v2/attendees").model(AttendeeQuery.class,
                        q -> ApsisValidation.required("EventId", q.getEventId())).read(),
                // AddAttendee is a POST per the official page (the PHP client sends GET)
                post("addAttendee", SESSION + "/attendee").model(AttendeeRegistration.class, EventMethods::check),
                post("registerAttendee", SESSION + "/register").model(AttendeeRegistration.class, EventMethods::check),
                post("findAttendeeByEmail", SESSION + "/attendee/email/")
                        .string("email", e -> ApsisValidation.email("email", e)).read(),
                put("updateAttendee", SESSION + "/attendee/{attendeeId}").model(Attendee.class),
                put("updateAttendeeStatus", "/event/v2/{eventId}/attendee/{attendeeId}/status")
                        .string("status", s -> ApsisValidation.oneOf("status", s, STATUSES, true)));
    }

    private static void check(AttendeeRegistration registration) {
        ApsisValidation.required("Attendee", registration.getAttendee());
        if (registration.getAttendee().getStatus() != null) {
            ApsisValidation.oneOf("Attendee.Status", registration.getAttendee().getStatus(), STATUSES, false);
        }
    }
}
