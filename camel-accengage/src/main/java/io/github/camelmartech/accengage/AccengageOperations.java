package io.github.camelmartech.accengage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.operation.ApiOperation;
import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.operation.Poll;
import io.github.camelmartech.support.operation.RequestResource;
import io.github.camelmartech.support.operation.Resource;
import io.github.camelmartech.support.operation.Rule;
import io.github.camelmartech.support.operation.Value;
import io.github.camelmartech.support.paging.ItemType;

import static io.github.camelmartech.accengage.AccengageConstants.CAMPAIGN_ID;
import static io.github.camelmartech.accengage.AccengageConstants.LAST_OPEN;
import static io.github.camelmartech.accengage.AccengageConstants.PAGES;

/**
 * Accengage REST API v1 as a table: {@code me}, campaigns (list, get; polled by id), devices (list with
 * {@code lastOpen}; polled only-new by {@code lastOpen}, sent as the filter), request. The vendor's route list is
 * mostly not public, so nothing beyond what its documents show is modelled; items are JSON trees.
 */
final class AccengageOperations {

    static final AccengagePaginator PAGINATOR = new AccengagePaginator();

    private static final String APP = "/v1/me/apps/{partnerId}";
    private static final Value PARTNER = Value.option("partnerId");
    private static final Rule DATE = v -> {
        try {
            LocalDate.parse(v.toString());
            return null;
        } catch (DateTimeParseException e) {
            return "must be a date YYYY-MM-DD, not '" + v + "'";
        }
    };

    static final OperationTable TABLE = OperationTable.vendor("Accengage")
            .resource(Resource.named("me").description("The authenticated user (a \"Welcome\" check).")
                    .defaultOperation(ApiOperation.get("get", "/v1/me").description("Who the API key belongs to.")))
            .resource(Resource.named("campaigns").description("The campaigns of the app partnerId.")
                    .defaultOperation(ApiOperation.get("list", APP + "/campaigns").path("partnerId", PARTNER)
                            .pages(PAGINATOR, ItemType.JSON, PAGES)
                            .description("Every page (maxPages bounds it) as one list; CamelAccengagePages says how many."))
                    .operation(ApiOperation.get("get", APP + "/campaigns/{campaignId}").path("partnerId", PARTNER)
                            .path("campaignId", Value.header(CAMPAIGN_ID).orOption("campaignId"))
                            .description("One campaign (path inferred from the vendor's REST layout)."))
                    .poll(Poll.of("list", PAGINATOR, ItemType.JSON).key(AccengageOperations::idOf)))
            .resource(Resource.named("devices").description("The devices of the app partnerId.")
                    .defaultOperation(ApiOperation.get("list", APP + "/devices").path("partnerId", PARTNER)
                            .query("lastOpen", Value.header(LAST_OPEN).orOption("lastOpen").check(DATE))
                            .pages(PAGINATOR, ItemType.JSON, PAGES)
                            .description("Every page; a ;-separated CSV body becomes one JSON object per row."))
                    .poll(Poll.of("list", PAGINATOR, ItemType.JSON).key(AccengageOperations::idOf)
                            .watermark(AccengageOperations::lastOpen)
                            .onlyNew((request, since) -> {
                                if (since != null) {
                                    request.setQuery("lastOpen", LocalDate.ofInstant(since, ZoneOffset.UTC));
                                }
                            })))
            .resource(RequestResource.of(PAGINATOR, PAGES))
            .build();

    private AccengageOperations() {
    }

    /** Campaigns and devices name their id differently; the whole item is the key of one without any. */
    static String idOf(JsonNode item) {
        for (String field : List.of("id", "deviceId", "udid", "campaignId")) {
            if (item.hasNonNull(field)) {
                return item.get(field).asText();
            }
        }
        return item.toString();
    }

    /** A device's lastOpen (a date, or a date-time), or null when it has none or it is unreadable. */
    static Instant lastOpen(JsonNode item) {
        if (!item.hasNonNull("lastOpen")) {
            return null;
        }
        String value = item.get("lastOpen").asText();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
