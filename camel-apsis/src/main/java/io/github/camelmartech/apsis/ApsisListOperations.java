package io.github.camelmartech.apsis;

import java.util.List;

import io.github.camelmartech.apsis.model.ExportRequest;
import io.github.camelmartech.apsis.model.MailingList;
import io.github.camelmartech.apsis.model.OptOut;
import io.github.camelmartech.apsis.model.OptOutItem;
import io.github.camelmartech.apsis.model.Subscriber;
import io.github.camelmartech.apsis.model.SubscriberMailingLists;
import io.github.camelmartech.support.operation.Body;
import io.github.camelmartech.support.operation.Checker;
import io.github.camelmartech.support.operation.Resource;
import io.github.camelmartech.support.operation.Rule;
import io.github.camelmartech.support.operation.Value;

import static io.github.camelmartech.apsis.ApsisConstants.UPDATE_IF_EXISTS;
import static io.github.camelmartech.apsis.ApsisValues.EMAIL;
import static io.github.camelmartech.apsis.ApsisValues.EMAILS;
import static io.github.camelmartech.apsis.ApsisValues.MAX_ITEMS;
import static io.github.camelmartech.apsis.ApsisValues.ids;
import static io.github.camelmartech.apsis.ApsisValues.items;
import static io.github.camelmartech.apsis.ApsisValues.page;
import static io.github.camelmartech.support.json.MarTechJson.listOf;
import static io.github.camelmartech.support.operation.ApiOperation.delete;
import static io.github.camelmartech.support.operation.ApiOperation.get;
import static io.github.camelmartech.support.operation.ApiOperation.post;
import static org.apache.camel.util.StringHelper.trimToNull;

/**
 * The recipient side of APSIS Pro as tables: {@code mailinglists} (MailingListService), {@code subscribers}
 * (SubscriberService) and {@code optouts} (OptOutService). Notes name where the public clients disagree with the
 * vendor's pages.
 */
final class ApsisListOperations {

    private ApsisListOperations() {
    }

    static Resource.Builder mailingLists() {
        return Resource.named("mailinglists").description("Mailing lists and their subscriptions.")
                .defaultOperation(page("list", "/v1/mailinglists/{pageNumber}/{pageSize}", MailingList.class))
                .operation(post("listAll", "/mailinglists/v2/all").idempotent().result(listOf(MailingList.class))
                        .description("Every mailing list as List<MailingList>."))
                .operation(get("get", "/v1/mailinglists/{mailingListId}")
                        .result(MailingList.class).description("One mailing list."))
                .operation(post("create", "/v1/mailinglists/").body(MailingList.class)
                        .check((c, list) -> c.field("Name", list.getName(), Rule.required())
                                .field("FromEmail", list.getFromEmail(), Rule.email()))
                        .result(Long.class).description("Creates a list; the result is its id (Long)."))
                .operation(post("update", "/v1/mailinglists/{mailingListId}")
                        .body(MailingList.class).description("Updates the fields the body sets."))
                // DeleteMultipleMailingLists takes the ids as a bare array (the PHP client omits it)
                .operation(delete("delete", "/v1/mailinglists/").body(Body.arrayOf(Long.class))
                        .check(ids("mailingListIds")).description("Deletes 1-1000 lists (queued)."))
                .operation(page("subscribers", "/v1/mailinglists/{mailingListId}/subscribers/{pageNumber}/{pageSize}",
                        Subscriber.class))
                .operation(post("exportSubscribers", "/mailinglists/v2/{mailingListId}/subscribers/all")
                        .body(Body.of(ExportRequest.class).optional()).idempotent()
                        .description("Every subscriber of the list (queued)."))
                .operation(post("exportSubscribersByFilter", "/v1/mailinglists/{mailingListId}/subscribers/all/{filterId}")
                        .body(Body.of(ExportRequest.class).optional()).idempotent()
                        .description("The list's subscribers a filter selects (queued)."))
                .operation(get("countSubscriptions", "/v1/mailinglists/{mailingListId}/subscriptions/count")
                        .result(Long.class).description("The list's size (Long)."))
                .operation(post("subscribe", "/v1/mailinglists/{mailingListId}/subscriptions/{subscriberId}")
                        .result(Long.class).description("Subscribes one subscriber to the list."))
                // CreateSubscriptions: recipient ids, at most 1000, no duplicates (the PHP client omits the body)
                .operation(post("subscribeMany", "/mailinglists/v2/{mailingListId}/subscriptions/queued")
                        .body(Body.arrayOf(Long.class)).check(ids("subscriberIds"))
                        .description("Subscribes 1-1000 subscribers to the list (queued)."))
                .operation(delete("unsubscribe", "/v1/mailinglists/{mailingListId}/subscriptions/{subscriberId}")
                        .description("Unsubscribes one subscriber from the list."))
                .operation(delete("unsubscribeAll", "/mailinglists/v2/{mailingListId}/subscriptions/all")
                        .description("Empties the list (queued)."))
                .operation(delete("unsubscribeFromAllLists", "/v1/mailinglists/subscriptions/{subscriberId}")
                        .description("Unsubscribes a subscriber from every list (queued)."));
    }

    static Resource.Builder subscribers() {
        return Resource.named("subscribers").description("Subscribers of the account.")
                .defaultOperation(post("create", "/v1/subscribers/mailinglist/{mailingListId}/create")
                        .query("updateIfExists", Value.header(UPDATE_IF_EXISTS))
                        .body(Subscriber.class).check(ApsisListOperations::checkNew).result(Long.class)
                        .description("Creates a subscriber on the list; the result is its id (Long)."))
                .operation(post("createWithDoubleOptIn", "/v1/subscribers/mailinglist/{mailingListId}/createWithDoubleOptIn")
                        .body(Subscriber.class).check(ApsisListOperations::checkNew)
                        .description("Creates a pending subscriber and mails the confirmation link."))
                .operation(post("createQueued", "/subscribers/v2/mailinglist/{mailingListId}/queue")
                        .body(Body.arrayOf(Subscriber.class)).check((c, list) -> c.field("subscribers", list, items(10))
                                .each("subscribers", list, ApsisListOperations::checkNew))
                        .description("Creates 1-10 subscribers on the list (queued)."))
                // UpdateSubscribers: an omitted field is kept, an empty one cleared
                .operation(post("updateQueued", "/v1/subscribers/queue").body(Body.arrayOf(Subscriber.class))
                        .check((c, list) -> c.field("subscribers", list, items(100))
                                .each("subscribers", list, (e, s) -> e.field("Id", s.getId(), Rule.required())))
                        .description("Updates 1-100 subscribers by Id (queued)."))
                .operation(get("get", "/v1/subscribers/id/{subscriberId}")
                        .result(Subscriber.class).description("One subscriber."))
                .operation(post("findByEmail", "/subscribers/v3/email").body(Body.jsonString())
                        .check((c, e) -> c.field("email", trimToNull(e), EMAIL)).idempotent().result(listOf(Long.class))
                        .description("The ids (List<Long>) of the subscribers with the email in the body."))
                .operation(post("findByExternalId", "/subscribers/v1/externalId").body(Body.jsonString())
                        .check((c, e) -> c.field("externalId", trimToNull(e), Rule.required())).idempotent()
                        .description("The subscribers with the ExternalId in the body."))
                .operation(get("mailingLists", "/v1/subscribers/{subscriberId}/mailinglists")
                        .result(SubscriberMailingLists.class).description("The lists a subscriber is on."))
                .operation(page("list", "/v1/subscribers/{pageNumber}/{pageSize}", Subscriber.class))
                .operation(page("listByMailingList", "/v1/mailinglists/{mailingListId}/subscribers/{pageNumber}/{pageSize}",
                        Subscriber.class))
                .operation(post("export", "/v1/subscribers/all").body(Body.of(ExportRequest.class).optional())
                        .idempotent().description("Every subscriber of the account (queued)."))
                .operation(post("exportByFilter", "/v1/subscribers/all/{filterId}")
                        .body(Body.of(ExportRequest.class).optional()).idempotent()
                        .description("The subscribers a filter selects (queued)."))
                .operation(post("exportOrphans", "/v1/subscribers/orphans").body(Body.of(ExportRequest.class).optional())
                        .idempotent().description("The subscribers on no list (queued)."))
                .operation(get("bySendQueue", "/subscribers/v2/sendqueueid/{sendQueueId}")
                        .description("The recipients of a sending (queued)."))
                .operation(delete("deleteByEmail", "/subscribers/v2/email").body(Body.arrayOf(String.class))
                        .check(EMAILS).description("Deletes 1-1000 subscribers (queued)."))
                .operation(delete("deleteById", "/subscribers/v2/id").body(Body.arrayOf(Long.class))
                        .check(ids("subscriberIds")).description("Deletes 1-1000 subscribers (queued)."));
    }

    static Resource.Builder optOuts() {
        String bySendQueue = "/v1/optouts/sendqueues/{sendQueueId}";
        return Resource.named("optouts").description("The Opt-out-all list and the opt-outs of lists and sendings.")
                .defaultOperation(page("list", "/v1/optouts/global/{pageNumber}/{pageSize}", OptOut.class))
                // the official page's path; the PHP client wrongly inserts /queued/
                .operation(page("listByDate", "/optouts/v2/global/{dateFrom}/{dateTo}/{pageNumber}/{pageSize}",
                        OptOut.class))
                .operation(page("listByMailingList", "/v1/optouts/{mailingListId}/{pageNumber}/{pageSize}",
                        OptOut.class))
                .operation(page("listBySendQueue", bySendQueue + "/{pageNumber}/{pageSize}", OptOut.class))
                .operation(post("export", "/v1/optouts/global/queued").idempotent()
                        .description("The whole Opt-out-all list (queued)."))
                .operation(post("exportByDate", "/optouts/v2/global/queued/{dateFrom}/{dateTo}").idempotent()
                        .description("Opt-outs of a date interval (queued)."))
                .operation(post("exportByMailingList", "/v1/optouts/mailinglists/{mailingListId}/queued")
                        .idempotent().description("A list's opt-outs (queued)."))
                // the PHP client has "sendqueuess"
                .operation(get("exportBySendQueue", bySendQueue + "/queued")
                        .description("A sending's opt-outs (queued)."))
                .operation(post("addToOptOutAll", "/optouts/v3/global/subscribers/queued").body(Body.arrayOf(OptOutItem.class))
                        .check(ApsisListOperations::checkOptOuts).description("Moves 1-1000 subscribers to Opt-out-all (queued)."))
                .operation(post("addToMailingList", "/v1/optouts/mailinglists/{mailingListId}/subscribers/queued")
                        .body(Body.arrayOf(OptOutItem.class)).check(ApsisListOperations::checkOptOuts)
                        .description("Moves 1-1000 subscribers to a list's opt-outs (queued)."))
                .operation(delete("removeFromMailingList", "/v1/optouts/mailinglists/{mailingListId}/subscribers/queued")
                        .body(Body.arrayOf(String.class)).check(EMAILS)
                        .description("Removes 1-1000 emails from a list's opt-outs (queued)."))
                // also deletes the subscriber, per the vendor
                .operation(delete("removeFromOptOutAllByEmail", "/v1/optouts/global/subscriber/email").body(Body.jsonString())
                        .check((c, e) -> c.field("email", trimToNull(e), EMAIL))
                        .description("Removes one email from Opt-out-all (and deletes the subscriber)."))
                .operation(delete("removeFromOptOutAll", "/v1/optouts/global/subscribers/queued")
                        .body(Body.arrayOf(Long.class)).check(ids("subscriberIds"))
                        .description("Removes 1-1000 subscribers from Opt-out-all (queued)."))
                .operation(delete("removeFromOptOutAllByEmails", "/optouts/v1/global/subscribers/emails/queued")
                        .body(Body.arrayOf(String.class)).check(EMAILS)
                        .description("Removes 1-1000 emails from Opt-out-all (queued)."));
    }

    private static void checkNew(Checker c, Subscriber subscriber) {
        c.field("Email", subscriber.getEmail(), EMAIL).field("DemDataFields", subscriber.getDemDataFields(),
                Rule.length(0, 100));
    }

    private static void checkOptOuts(Checker c, List<OptOutItem> items) {
        c.field("optOuts", items, items(MAX_ITEMS))
                .each("optOuts", items, (e, item) -> e.field("SubscriberId", item.getSubscriberId(), Rule.required()));
    }
}
