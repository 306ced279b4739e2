package io.github.camelmartech.apsis;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Throttle, regions, dates and the checks made before any HTTP call. */
class ApsisComponentTest extends ApsisTestSupport {

    @Test
    void throttlesToTheConfiguredRequestsPerPeriodSharedByEndpointsWithTheSameKey() {
        wm.stubFor(get("/v1/filter/all").willReturn(okJson(envelope("[]"))));
        wm.stubFor(get("/v1/folder/all").willReturn(okJson(envelope("[]"))));
        String limit = "&throttleRequests=2&throttlePeriod=60000";

        template.requestBody(uri("filters", limit), (Object) null);
        template.requestBody(uri("folders", limit), (Object) null);
        assertThat(time.sleeps).isEmpty();
        template.requestBody(uri("filters", limit), (Object) null);

        assertThat(time.sleeps).containsExactly(Duration.ofMinutes(1));
        assertThat(wm.getAllServeEvents()).hasSize(3);
    }

    @Test
    void defaultsToSixtyRequestsAMinute() {
        wm.stubFor(get("/v1/filter/all").willReturn(okJson(envelope("[]"))));
        for (int i = 0; i < 61; i++) {
            template.requestBody(uri("filters", ""), (Object) null);
        }
        assertThat(time.sleeps).containsExactly(Duration.ofMinutes(1));
    }

    @Test
    void regionsPickTheDocumentedHosts() {
        ApsisEndpoint eu = context.getEndpoint("apsis:filters?apiKey=" + KEY, ApsisEndpoint.class);
        ApsisEndpoint asia = context.getEndpoint("apsis:filters?region=ASIA&apiKey=" + KEY, ApsisEndpoint.class);
        ApsisEndpoint custom = context.getEndpoint("apsis:filters?region=ASIA&baseUrl=http://sandbox:8080&apiKey=" + KEY,
                ApsisEndpoint.class);
        assertThat(eu.baseUrl()).isEqualTo("https://se.api.anpdm.com:8443");
        assertThat(asia.baseUrl()).isEqualTo("https://se.api.anpasia.com:8443");
        assertThat(custom.baseUrl()).isEqualTo("http://sandbox:8080");
    }

    @Test
    void theKeyIsRequiredAndMaskedInTheEndpointUri() {
        // checked at the first call, not as the endpoint starts (a mocked endpoint needs no key)
        context.getEndpoint("apsis:filters", ApsisEndpoint.class);
        assertThatThrownBy(() -> template.requestBody("apsis:filters", (Object) null))
                .rootCause().isInstanceOfSatisfying(MarTechInvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("apiKey"));
        ApsisEndpoint endpoint = context.getEndpoint("apsis:filters?apiKey=" + KEY, ApsisEndpoint.class);
        assertThat(org.apache.camel.util.URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(KEY);
    }

    @Test
    void writesAndReadsTheVendorDateFormats() {
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        assertThat(ApsisDates.format("d", LocalDateTime.of(2024, 1, 31, 23, 59, 59), stockholm))
                .isEqualTo("20240131T235959");
        assertThat(ApsisDates.format("d", OffsetDateTime.parse("2024-01-31T22:59:59Z"), stockholm))
                .isEqualTo("20240131T235959");
        assertThat(ApsisDates.parse("/Date(1015286583000+0800)/"))
                .isEqualTo(OffsetDateTime.parse("2002-03-05T08:03:03+08:00"));
        assertThat(ApsisDates.parse("\\/Date(1015286583000)\\/")).isEqualTo(OffsetDateTime.parse("2002-03-05T00:03:03Z"));
        assertThat(ApsisDates.parse("20240131T235959")).isEqualTo(OffsetDateTime.parse("2024-01-31T23:59:59Z"));
        assertThatThrownBy(() -> ApsisDates.format("dateFrom", "2024-01-31", stockholm))
                .isInstanceOfSatisfying(MarTechInvalidInputException.class,
                        e -> assertThat(e.getRule()).contains("yyyyMMddTHHmmss"));
    }

    @Test
    void instantsInHeadersAreWrittenInTheConfiguredTimeZoneAndExtraQueryIsSent() {
        wm.stubFor(get(urlPathMatching("/optouts/v2/global/.*")).willReturn(okJson(envelope(ApsisOperationsTest.PAGE))));

        template.requestBodyAndHeaders(uri("optouts", "&operation=listByDate&timeZone=Europe/Stockholm"), null,
                Map.of(ApsisConstants.DATE_FROM, java.time.Instant.parse("2024-01-31T22:00:00Z"),
                        ApsisConstants.DATE_TO, OffsetDateTime.parse("2024-02-01T12:00:00+01:00"),
                        ApsisConstants.PAGE_SIZE, "50", ApsisConstants.QUERY, Map.of("x", "1")));

        // 23:00 and 12:00 in Stockholm (UTC+1 in winter)
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/optouts/v2/global/20240131T230000/20240201T120000/1/50?x=1"))))
                .hasSize(1);
    }

    @Test
    void anUnknownTimeZoneIsRefusedNamingTheOption() {
        assertInvalid(uri("optouts", "&operation=listByDate&timeZone=Mars/Olympus"), null,
                Map.of(ApsisConstants.DATE_FROM, LocalDateTime.of(2024, 1, 1, 0, 0), ApsisConstants.DATE_TO,
                        "20240131T235959"), "timeZone", "time zone id");
    }

    @Test
    void refusesBadInputBeforeAnyCall() {
        assertInvalid(uri("subscribers", ""), Map.of("Name", "No email"), Map.of(ApsisConstants.MAILING_LIST_ID, 7),
                "Email", "is required");
        assertInvalid(uri("subscribers", ""), Map.of("Email", "not-an-email"), Map.of(ApsisConstants.MAILING_LIST_ID, 7),
                "Email", "email address");
        assertInvalid(uri("subscribers", ""), Map.of("email", "a@b.com"), Map.of(ApsisConstants.MAILING_LIST_ID, 7),
                "body.email", "is not a field of Subscriber");
        assertInvalid(uri("subscribers", ""), Map.of("Email", "a@b.com"), Map.of(), "mailingListId", "is required");
        assertInvalid(uri("mailinglists", "&operation=get"), null, Map.of(ApsisConstants.MAILING_LIST_ID, "7/../x"),
                "mailingListId", "positive number");
        assertInvalid(uri("mailinglists", "&operation=subscribeMany"), List.of(1, 1),
                Map.of(ApsisConstants.MAILING_LIST_ID, 7), "subscriberIds", "must not repeat");
        assertInvalid(uri("subscribers", "&operation=createQueued"),
                java.util.stream.IntStream.range(0, 11).mapToObj(i -> Map.of("Email", i + "@b.com")).toList(),
                Map.of(ApsisConstants.MAILING_LIST_ID, 7), "subscribers", "must be 1-10 items");
        assertInvalid(uri("mailinglists", "&operation=delete"), List.of(), Map.of(), "mailingListIds", "must be 1-1000 items");
        assertInvalid(uri("mailinglists", ""), null, Map.of(ApsisConstants.PAGE_SIZE, 1001), "pageSize", "must be 1-1000");
        assertInvalid(uri("subscribers", "&operation=findByEmail"), "  ", Map.of(), "email", "is required");
        assertInvalid(uri("events", "&operation=updateAttendeeStatus"), "Maybe",
                Map.of(ApsisConstants.EVENT_ID, "e1", ApsisConstants.ATTENDEE_ID, "a1"), "status", "must be one of");
        assertInvalid(uri("folders", "&operation=create"), Map.of("FolderName", "F", "FolderType", "Other"), Map.of(),
                "FolderType", "must be one of");
        assertInvalid(uri("imports", "&operation=csv"), Map.of("MailingListId", 7, "Url", "ftp://x/a.csv"), Map.of(),
                "Url", "http(s)");
        assertInvalid(uri("sendqueues", "&operation=create"), Map.of("NewsletterId", 4), Map.of(), "MailingListIds",
                "is required");
        assertInvalid(uri("mailinglists", "&operation=nope"), null, Map.of(), "operation", "not an operation");
        assertInvalid(uri("optouts", "&operation=listByDate"), null, Map.of(ApsisConstants.DATE_FROM, "yesterday",
                ApsisConstants.DATE_TO, "20240131T235959"), "dateFrom", "yyyyMMddTHHmmss");
        assertInvalid(uri("mailinglists", ""), null, Map.of(ApsisConstants.PAGE_NUMBER, 0), "pageNumber", "must be 1 or more");
        assertInvalid(uri("mailinglists", "&pageSize=1001"), null, Map.of(), "pageSize", "must be 1-1000");
        assertInvalid(uri("imports", "&operation=xml"), Map.of("XmlData", "<Subscribers/>"),
                Map.of(ApsisConstants.MAILING_LIST_ID, 7, ApsisConstants.USE_DEMOGRAPHIC_MAPPING, "maybe"),
                "useDemographicMapping", "true or false");
        assertInvalid(uri("optouts", "&operation=removeFromMailingList"), "a@b.com, nope",
                Map.of(ApsisConstants.MAILING_LIST_ID, 7), "emails[1]", "email address");
        assertInvalid(uri("transactional", ""), Map.of("Email", "a@b.com", "Attachments", List.of(Map.of(
                "Content", "QUJD"))), Map.of(ApsisConstants.PROJECT_ID, 3), "Attachments[0].Name", "is required");
    }

    @Test
    void onlyCollectionsCanBeConsumed() {
        assertThatThrownBy(() -> context.getEndpoint(uri("sms", "")).createConsumer(e -> { }))
                .isInstanceOfSatisfying(MarTechInvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("resource"));
        assertThatThrownBy(() -> context.getEndpoint(uri("opens", "")).createConsumer(e -> { }))
                .isInstanceOfSatisfying(MarTechInvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("sendQueueId"));
    }
}
