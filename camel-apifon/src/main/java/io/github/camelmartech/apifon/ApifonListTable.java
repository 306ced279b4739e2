package io.github.camelmartech.apifon;

import java.time.Instant;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JavaType;
import io.github.camelmartech.apifon.model.ApifonList;
import io.github.camelmartech.apifon.model.BlockRequest;
import io.github.camelmartech.apifon.model.Bounce;
import io.github.camelmartech.apifon.model.GdprField;
import io.github.camelmartech.apifon.model.ListRequest;
import io.github.camelmartech.apifon.model.ListSubscriber;
import io.github.camelmartech.apifon.model.PageResult;
import io.github.camelmartech.apifon.model.SubscriberField;
import io.github.camelmartech.apifon.model.SubscriberQuery;
import io.github.camelmartech.apifon.model.SubscriberRequest;
import io.github.camelmartech.apifon.model.WriteResult;
import io.github.camelmartech.support.json.MarTechJson;
import io.github.camelmartech.support.operation.ApiOperation;
import io.github.camelmartech.support.operation.Body;
import io.github.camelmartech.support.operation.Checker;
import io.github.camelmartech.support.operation.Poll;
import io.github.camelmartech.support.operation.Resource;
import io.github.camelmartech.support.operation.Rule;
import io.github.camelmartech.support.operation.Sourced;
import io.github.camelmartech.support.operation.Value;
import io.github.camelmartech.support.paging.NextLinkPaginator;

import static io.github.camelmartech.apifon.ApifonConstants.DESTINATION;
import static io.github.camelmartech.apifon.ApifonConstants.FIELD;
import static io.github.camelmartech.apifon.ApifonConstants.ITEM_ID;
import static io.github.camelmartech.apifon.ApifonConstants.LIST_ID;
import static io.github.camelmartech.apifon.ApifonConstants.LOCATION;
import static io.github.camelmartech.apifon.ApifonConstants.SUBSCRIBER_ID;
import static io.github.camelmartech.apifon.ApifonOperations.API;
import static io.github.camelmartech.apifon.ApifonGatewayTable.SENDER;

/**
 * Apifon's lists, their subscribers and the bounce (block) list as tables, and how a consumer polls each: Apifon has
 * no "changed since" filter, so only-new mode asks for ascending order by the watermark and walks it all, the consumer
 * skipping what its cursor covers; full-sync mode walks in Apifon's default order. Writes Apifon answers with an
 * empty body become a {@link WriteResult}.
 */
final class ApifonListTable {

    /**
     * Apifon's paging: {@code results}, {@code links.next} (empty on the last page), {@code meta.total}. The next
     * link is absolute and names Apifon's public host; like the official SDK, only its path and query are followed,
     * on the configured base URL, so paging works behind a proxy or sandbox and stays signed.
     */
    static final NextLinkPaginator PAGINATOR = new NextLinkPaginator("/results", "/links/next", "size", "/meta/total");
    static final int MAX_PAGE_SIZE = 200;

    private static final String LISTS = API + "/list";
    private static final String SUBSCRIBERS = LISTS + "/{listId}/subscriber";
    private static final String BOUNCES = API + "/bounce/subscriber";
    private static final Rule PAGE_SIZE = Rule.range(1, MAX_PAGE_SIZE);
    private static final Rule STATUS = Rule.oneOf("SUBSCRIBED", "UNSUBSCRIBED");
    private static final Rule FIELD_TYPES = Rule.oneOf("DATE", "TEXT", "NUMBER", "URL", "EMAIL");
    private static final Rule FIELD_TYPES_REQUIRED = oneOfRequired("DATE", "TEXT", "NUMBER", "URL", "EMAIL");
    private static final Set<String> DATE_FORMATS = Set.of("dd-MM-yy", "yy-MM-dd", "MM-dd-yy", "dd/MM/yy", "yy/MM/dd",
            "MM/dd/yy");

    private static final Value LIST = Value.header(LIST_ID).orOption("listId");
    private static final Value FIELD_KEY = Value.header(FIELD);
    private static final Value SUBSCRIBER = subscriber(Value.header(SUBSCRIBER_ID));
    private static final Value BLOCKED = Value.header(DESTINATION).orStringBody();
    /** Items per page: option pageSize (0, unset, is Apifon's default) or the size of the query header. */
    private static final Value SIZE = Value.option("pageSize")
            .check(v -> "0".equals(v.toString()) ? null : PAGE_SIZE.violation(v))
            .map(v -> "0".equals(v.toString()) ? null : v);

    private ApifonListTable() {
    }

    static Resource.Builder lists() {
        return Resource.named("lists").description("Subscriber lists, with their subscriber fields and GDPR fields.")
                .defaultOperation(ApiOperation.get("list", LISTS).query("size", SIZE).queryHeader()
                        .result(page(ApifonList.class))
                        .description("One page of lists (PageResult); type, page, sorting, ... from CamelApifonQuery."))
                .operation(ApiOperation.get("get", LISTS + "/{listId}").path("listId", LIST).queryHeader()
                        .result(ApifonList.class).description("One list; fields from CamelApifonQuery."))
                .operation(written(ApiOperation.post("create", LISTS).body(ListRequest.class)
                        .check((c, l) -> checkList(c.field("type", l.getType(), oneOfRequired("ADVANCED", "MOBILE")), l)
                                .field("gdpr_properties", l.getGdprProperties(), v -> v == null
                                        || "ADVANCED".equals(l.getType()) ? null : "apply only to ADVANCED lists"))
                        .notIdempotent().description("Creates a list (MOBILE or ADVANCED).")))
                .operation(written(ApiOperation.put("update", LISTS + "/{listId}").path("listId", LIST)
                        .body(ListRequest.class)
                        .check((c, l) -> checkList(c.field("type", l.getType(), Rule.oneOf("ADVANCED", "MOBILE")), l))
                        .description("Replaces a list's settings.")))
                .operation(written(ApiOperation.delete("delete", LISTS + "/{listId}").path("listId", LIST)
                        .description("Deletes a list.")))
                .operation(written(ApiOperation.post("addField", LISTS + "/{listId}/fields").path("listId", LIST)
                        .body(SubscriberField.class)
                        .check((c, f) -> checkField(c.field("type", f.getType(), FIELD_TYPES_REQUIRED), f))
                        .notIdempotent().description("Adds a subscriber field (DATE, TEXT, NUMBER, URL, EMAIL).")))
                .operation(written(ApiOperation.put("updateField", LISTS + "/{listId}/field/{field}")
                        .path("listId", LIST).path("field", FIELD_KEY).body(SubscriberField.class)
                        .check((c, f) -> checkField(c.field("type", f.getType(), FIELD_TYPES), f))
                        .description("Changes a subscriber field.")))
                .operation(written(ApiOperation.delete("removeField", LISTS + "/{listId}/field/{field}")
                        .path("listId", LIST).path("field", FIELD_KEY).description("Removes a subscriber field.")))
                .operation(written(ApiOperation.post("addGdprField", LISTS + "/{listId}/gdpr").path("listId", LIST)
                        .body(GdprField.class).check((c, f) -> c.field("name", f.getName(), Rule.required()))
                        .notIdempotent().description("Adds a GDPR consent field.")))
                .operation(written(ApiOperation.put("updateGdprField", LISTS + "/{listId}/gdpr/{field}")
                        .path("listId", LIST).path("field", FIELD_KEY).body(GdprField.class)
                        .check((c, f) -> c.field("name", f.getName(), Rule.required()))
                        .description("Changes a GDPR consent field.")))
                .poll(poll(ApifonList.class, ApifonList::getId, "date_updated",
                        l -> l.getDateUpdated() != null ? l.getDateUpdated() : l.getDateCreated()));
    }

    static Resource.Builder subscribers() {
        return Resource.named("subscribers")
                .description("The subscribers of one list (listId). A subscriber is named by CamelApifonSubscriberId:"
                             + " its lookup MD5, or a destination or email the MD5 is computed from.")
                .defaultOperation(ApiOperation.get("list", SUBSCRIBERS).path("listId", LIST).query("size", SIZE)
                        .queryHeader().result(page(ListSubscriber.class))
                        .description("One page of subscribers (PageResult); status, page, ... from CamelApifonQuery."))
                .operation(ApiOperation.get("get", SUBSCRIBERS + "/{subscriber}").path("listId", LIST)
                        .path("subscriber", SUBSCRIBER).queryHeader().result(ListSubscriber.class)
                        .description("One subscriber."))
                .operation(written(ApiOperation.post("add", SUBSCRIBERS).path("listId", LIST)
                        .body(SubscriberRequest.class).check(ApifonListTable::checkSubscriber).notIdempotent()
                        .description("Adds a subscriber.")))
                .operation(written(ApiOperation.put("update", SUBSCRIBERS + "/{subscriber}").path("listId", LIST)
                        .path("subscriber", subscriber(Value.header(SUBSCRIBER_ID)
                                .orBody("destination", SubscriberRequest::getDestination)
                                .orBody("email", SubscriberRequest::getEmail)))
                        .body(SubscriberRequest.class).check(ApifonListTable::checkSubscriber)
                        .description("Replaces a subscriber; without the header, the body's destination (else email)"
                                     + " names it.")))
                .operation(ApiOperation.post("query", SUBSCRIBERS + "/query").path("listId", LIST)
                        .body(Body.of(SubscriberQuery.class).orElse(SubscriberQuery::new))
                        .defaults((call, q) -> call.fill("size", q.getSize(), pageSize(call.fromOption("pageSize")),
                                s -> q.setSize(((Number) s.value()).intValue())))
                        .check((c, q) -> c.each("conditions", q.getConditions(), (e, condition) -> e
                                        .field("name", condition.getName(), Rule.required())
                                        .field("op", condition.getOp(), oneOfRequired("eq", "beginsWith", "gte", "gt",
                                                "lte", "lt", "exists", "nexists")))
                                .nested("sorting", q.getSorting(), (s, sorting) -> s.field("sort_dir",
                                        sorting.getSortDir(), Rule.oneOf("ASC", "DESC")))
                                .field("size", q.getSize(), PAGE_SIZE)
                                .field("page", q.getPage(), Rule.range(1, Long.MAX_VALUE)))
                        .idempotent()
                        .result(page(ListSubscriber.class))
                        .description("One page of the subscribers matching a SubscriberQuery (conditions, sorting,"
                                     + " fields, page, size); a read Apifon exposes as POST, retried like a GET."))
                .operation(written(subscription("subscribe")))
                .operation(written(subscription("unsubscribe")))
                .operation(written(ApiOperation.delete("delete", SUBSCRIBERS + "/{subscriber}").path("listId", LIST)
                        .path("subscriber", SUBSCRIBER).description("Deletes a subscriber.")))
                .poll(poll(ListSubscriber.class, ListSubscriber::getId, "date_updated",
                        s -> s.getDateUpdated() != null ? s.getDateUpdated() : s.getDateCreated())
                        .headers((message, s) -> message.setHeader(SUBSCRIBER_ID, s.getDestinationId()))
                        // the list polled, as the consumer's endpoint names it (items may not carry list_id)
                        .optionHeader(LIST_ID, "listId"));
    }

    static Resource.Builder bounces() {
        return Resource.named("bounces")
                .description("The bounce (block) list; a destination is named by CamelApifonDestination or a String body.")
                .defaultOperation(ApiOperation.get("list", BOUNCES).query("size", SIZE).queryHeader()
                        .result(page(Bounce.class))
                        .description("One page of blocked destinations (PageResult); type, reason from CamelApifonQuery."))
                .operation(ApiOperation.get("get", BOUNCES + "/{destination}").path("destination", BLOCKED)
                        .queryHeader().result(Bounce.class).description("One blocked destination."))
                .operation(written(ApiOperation.post("block", BOUNCES + "/block").body(BlockRequest.class)
                        .check((c, b) -> c.field("destination", b.getDestination(), Rule.required())
                                .field("reason", b.getReason(), oneOfRequired("other", "not_delivering", "sub_deleted",
                                        "sub_requested", "sub_invalid")))
                        .notIdempotent().description("Blocks a destination, with a reason.")))
                .operation(written(ApiOperation.delete("unblock", BOUNCES + "/unblock/{destination}")
                        .path("destination", BLOCKED).description("Unblocks a destination.")))
                .poll(poll(Bounce.class, Bounce::getDestination, "date_created", Bounce::getDateCreated)
                        .headers((message, b) -> message.setHeader(DESTINATION, b.getDestination())));
    }

    private static ApiOperation.Builder<Void> subscription(String action) {
        return ApiOperation.post(action, SUBSCRIBERS + "/{subscriber}/" + action).path("listId", LIST)
                .path("subscriber", SUBSCRIBER).header("Content-Type", "application/json")
                .description("Sets the subscriber's status; an empty body.");
    }

    /** A write Apifon answers with an empty body: a WriteResult, and CamelApifonLocation when Apifon gave one. */
    private static <B> ApiOperation.Builder<B> written(ApiOperation.Builder<B> write) {
        return write.emptyResult(r -> new WriteResult(r.status(), r.header("Location") != null ? r.header("Location")
                        : r.header("Content-Location")))
                .responseHeader(LOCATION, "Content-Location")
                .responseHeader(LOCATION, "Location");
    }

    private static Checker checkList(Checker c, ListRequest l) {
        return c.field("title", l.getTitle(), Rule.required()).field("prefix", l.getPrefix(), Rule.required())
                .nested("campaign_defaults", l.getCampaignDefaults(), (d, defaults) -> d.field("sender_id",
                        defaults.getSenderId(), SENDER));
    }

    private static void checkField(Checker c, SubscriberField f) {
        c.field("name", f.getName(), Rule.required())
                .field("length", f.getLength(), v -> v == null || ((Integer) v) < 1 ? "is required and must be positive"
                        : null)
                .field("date_format", f.getDateFormat(), v -> v == null || f.getType() == null
                        || "DATE".equals(f.getType()) ? null : "applies only to DATE fields")
                .field("date_format", f.getDateFormat(), Rule.oneOf(DATE_FORMATS));
    }

    private static void checkSubscriber(Checker c, SubscriberRequest s) {
        c.field("destination", s.getDestination(), v -> isBlank(v) && isBlank(s.getEmail())
                        ? "a destination (or, on ADVANCED lists, an email) is required" : null)
                .field("destination", s.getDestination(), Rule.pattern("\\+?[1-9][0-9]{6,14}|[0-9]{4,15}",
                        "must be a mobile number: digits, optionally with a leading +"))
                .field("email", s.getEmail(), Rule.email())
                .field("status", s.getStatus(), STATUS)
                .field("email_status", s.getEmailStatus(), STATUS);
    }

    /** The subscriber a value names, as the lookup MD5 that addresses it. */
    private static Value subscriber(Value places) {
        return places.check(SubscriberIds.LOOKUP).map(SubscriberIds::lookup);
    }

    /** One of these, and present: Apifon's reference lists the values, so a missing one is told them too. */
    private static Rule oneOfRequired(String... values) {
        Rule oneOf = Rule.oneOf((Object[]) values);
        return v -> oneOf.violation(v == null ? "" : v);
    }

    /** The pageSize option when set (0 means Apifon's default). */
    private static Sourced pageSize(Sourced option) {
        return option != null && ((Number) option.value()).intValue() > 0 ? option : null;
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static JavaType page(Class<?> item) {
        return MarTechJson.typeOf(PageResult.class, item);
    }

    /**
     * How a consumer polls a list, in pages of the most Apifon serves: the watermark is {@code date} (epoch
     * milliseconds), the field {@code orderedBy} sorts by; the item's key is also its CamelApifonItemId.
     */
    private static <T> Poll<T> poll(Class<T> type, Function<T, String> key, String orderedBy, Function<T, Long> date) {
        return Poll.of("list", PAGINATOR, type).key(key)
                .watermark(item -> date.apply(item) == null ? null : Instant.ofEpochMilli(date.apply(item)))
                // ascending order is what only-new relies on: asked for on every walk, the first one
                // (since == null) too
                .onlyNew((request, since) -> request.setQuery("sorting", orderedBy).setQuery("sort_dir", "ASC"))
                .defaultPageSize(MAX_PAGE_SIZE)
                .keyHeader(ITEM_ID);
    }
}
