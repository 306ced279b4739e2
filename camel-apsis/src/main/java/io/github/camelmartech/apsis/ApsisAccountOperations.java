package io.github.camelmartech.apsis;

import io.github.camelmartech.apsis.model.Attendee;
import io.github.camelmartech.apsis.model.AttendeeQuery;
import io.github.camelmartech.apsis.model.AttendeeRegistration;
import io.github.camelmartech.apsis.model.CsvImport;
import io.github.camelmartech.apsis.model.FilterRequest;
import io.github.camelmartech.apsis.model.FolderRequest;
import io.github.camelmartech.apsis.model.SessionQuery;
import io.github.camelmartech.apsis.model.XmlImport;
import io.github.camelmartech.support.operation.ApiOperation;
import io.github.camelmartech.support.operation.Body;
import io.github.camelmartech.support.operation.Checker;
import io.github.camelmartech.support.operation.Resource;
import io.github.camelmartech.support.operation.Rule;
import io.github.camelmartech.support.operation.Value;

import static io.github.camelmartech.apsis.ApsisConstants.USE_DEMOGRAPHIC_MAPPING;
import static io.github.camelmartech.apsis.ApsisValues.EMAIL;
import static io.github.camelmartech.support.operation.ApiOperation.get;
import static io.github.camelmartech.support.operation.ApiOperation.post;
import static io.github.camelmartech.support.operation.ApiOperation.put;
import static org.apache.camel.util.StringHelper.trimToNull;

/**
 * The account's own resources as tables: {@code filters}, {@code folders}, {@code demographics}, {@code imports}
 * (ImportService) and {@code events} (EventService, Event 2.0).
 */
final class ApsisAccountOperations {

    private static final Rule FOLDER_TYPE = Rule.oneOf("Content", "Reports", "Recipients", "PreviewSpamTest");
    private static final Rule ATTENDEE_STATUS = Rule.oneOf("Registered", "WaitingList", "CheckedIn", "Cancel");
    private static final int MAX_XML_CHARS = 5 * 1024 * 1024;
    private static final String SESSION = "/event/v2/{eventId}/session/{sessionId}";

    private ApsisAccountOperations() {
    }

    static Resource.Builder filters() {
        return Resource.named("filters").description("Filters (saved selections of subscribers).")
                // documented as queued by one client, direct by the seed's curl: both are handled
                .defaultOperation(get("list", "/v1/filter/all").description("Every filter."))
                .operation(post("createByDemographicData", "/filter/v2/CreateFilterByDemographicData")
                        .body(FilterRequest.class)
                        .check((c, f) -> c.field("FilterName", f.getFilterName(), Rule.required())
                                .field("DemographicDataName", f.getDemographicDataName(), Rule.required())
                                .field("OperatorValue", f.getOperatorValue(), Rule.required()))
                        .description("Creates a filter on a demographic field."));
    }

    static Resource.Builder folders() {
        return Resource.named("folders").description("Folders of content, reports and recipients.")
                .defaultOperation(get("list", "/v1/folder/all").description("Every folder."))
                .operation(post("create", "/v1/folder/").body(FolderRequest.class)
                        .check((c, f) -> c.field("FolderName", f.getFolderName(), Rule.required())
                                .field("FolderType", f.getFolderType(), Rule.required(), FOLDER_TYPE))
                        .description("Creates a folder."));
    }

    static Resource.Builder demographics() {
        return Resource.named("demographics").description("The account's demographic fields and login.")
                .defaultOperation(get("list", "/accounts/v2/demographics").description("The demographic fields."))
                .operation(get("loginUrl", "/v1/accounts/login/url").result(String.class)
                        .description("A single sign-on URL into the account (String)."));
    }

    static Resource.Builder imports() {
        return Resource.named("imports")
                .description("CSV imports APSIS fetches from a URL, XML batches, and the import history (30 days).")
                .operation(post("csv", "/import/v4/csv").body(CsvImport.class).check(ApsisAccountOperations::checkCsv)
                        .description("Imports the CSV file at Url; the result is the import id."))
                .operation(post("xml", "/v1/import/mailinglist/{mailingListId}/demographicmapping/{useDemographicMapping}")
                        .path("useDemographicMapping", Value.header(USE_DEMOGRAPHIC_MAPPING)
                                .check(Rule.pattern("(?i)true|false", "must be true or false"))
                                .map(v -> v.toString().toLowerCase(java.util.Locale.ROOT)))
                        .body(XmlImport.class).check((c, x) -> c.field("XmlData", x.getXmlData(), Rule.required(),
                                Rule.length(0, MAX_XML_CHARS)))
                        .description("Imports a batch of subscribers as XML."))
                .defaultOperation(report("status")).operation(report("results")).operation(report("invalidEmails"))
                .operation(report("ignoredDuplicates")).operation(report("recipientsOnOptOutAll"))
                .operation(report("recipientsOnOptOutList"));
    }

    /** An import report: its path segment is its name in lower case. */
    private static ApiOperation.Builder<Void> report(String name) {
        String segment = name.toLowerCase(java.util.Locale.ROOT);
        return get(name, "/import/v2/{importId}/" + segment).description("The import's " + segment + " report.");
    }

    static Resource.Builder events() {
        return Resource.named("events").description("Events, their sessions and attendees.")
                .defaultOperation(get("list", "/event/v1/all").description("Every event (Event 2.0: deprecated)."))
                .operation(get("statuses", "/event/v1/statuses/{eventId}/queued")
                        .description("The statuses of an event's participants (queued)."))
                .operation(post("sessions", "/event/v2/sessions").body(SessionQuery.class).idempotent()
                        .description("Events with their sessions, filtered by the body."))
                .operation(get("eventSessions", "/event/v2/{eventId}/sessions")
                        .description("One event with its sessions."))
                .operation(get("registrationFormControls", "/event/v2/{eventId}/registrationForm/controls")
                        .description("The controls of the registration form."))
                .operation(get("optionsDataCategories", "/event/v2/{eventId}/optionsdatacategories")
                        .description("The options data categories of an event."))
                .operation(post("attendees", "/event/v2/attendees").body(AttendeeQuery.class)
                        .check((c, q) -> c.field("EventId", q.getEventId(), Rule.required())).idempotent()
                        .description("The attendees of an event."))
                // AddAttendee is a POST per the official page (the PHP client sends GET)
                .operation(post("addAttendee", SESSION + "/attendee").body(AttendeeRegistration.class)
                        .check(ApsisAccountOperations::checkRegistration).description("Adds an attendee to a session."))
                .operation(post("registerAttendee", SESSION + "/register").body(AttendeeRegistration.class)
                        .check(ApsisAccountOperations::checkRegistration)
                        .description("Registers an attendee as the registration form does."))
                .operation(post("findAttendeeByEmail", SESSION + "/attendee/email/").body(Body.jsonString())
                        .check((c, e) -> c.field("email", trimToNull(e), EMAIL)).idempotent()
                        .description("The attendee with the email in the body."))
                .operation(put("updateAttendee", SESSION + "/attendee/{attendeeId}").body(Attendee.class)
                        .description("Updates an attendee."))
                .operation(put("updateAttendeeStatus", "/event/v2/{eventId}/attendee/{attendeeId}/status")
                        .body(Body.jsonString())
                        .check((c, s) -> c.field("status", trimToNull(s), Rule.required(), ATTENDEE_STATUS))
                        .description("Sets an attendee's status (the body: Registered, WaitingList, CheckedIn or Cancel)."));
    }

    private static void checkCsv(Checker c, CsvImport csv) {
        c.field("MailingListId", csv.getMailingListId(), Rule.required())
                .field("Url", csv.getUrl(), Rule.required(),
                        Rule.pattern("(?i)https?://\\S+", "must be an http(s) URL APSIS can fetch the file from"))
                .field("OperationMode", csv.getOperationMode(), Rule.oneOf("Import", "Sync"));
    }

    private static void checkRegistration(Checker c, AttendeeRegistration registration) {
        c.field("Attendee", registration.getAttendee(), Rule.required())
                .nested("Attendee", registration.getAttendee(), (a, attendee) -> a.field("Status", attendee.getStatus(),
                        ATTENDEE_STATUS));
    }
}
