package io.github.camelmartech.apsis;

import java.util.List;

import io.github.camelmartech.apsis.ApsisMethod.Paging;
import io.github.camelmartech.apsis.model.ExportRequest;
import io.github.camelmartech.apsis.model.MailingList;
import io.github.camelmartech.apsis.model.Subscriber;

import static io.github.camelmartech.apsis.ApsisMethod.delete;
import static io.github.camelmartech.apsis.ApsisMethod.get;
import static io.github.camelmartech.apsis.ApsisMethod.post;

/** The {@code mailinglists} resource (MailingListService). */
final class MailingListMethods {

    static final String RESOURCE = "mailinglists";
    static final String DEFAULT = "list";
    static final String LISTS = "/v1/mailinglists";
    static final String SUBSCRIBERS = "/v1/mailinglists/{mailingListId}/subscribers";

    private MailingListMethods() {
    }

    static List<ApsisMethod> methods() {
        return List.of(
                get("list", LISTS).paged(Paging.SLASH, MailingList.class),
                post("listAll", "/mailinglists/v2/all").read().returnsList(MailingList.class),
                get("get", LISTS + "/{mailingListId}").returns(MailingList.class),
                post("create", LISTS + "/").model(MailingList.class, MailingListMethods::check).returns(Long.class),
                post("update", LISTS + "/{mailingListId}").model(MailingList.class),
                // DeleteMultipleMailingLists takes the ids as a bare array (the PHP client omits it)
                delete("delete", LISTS + "/").array("mailingListIds", Long.class, 1000).unique(),
                get("subscribers", SUBSCRIBERS).paged(Paging.SLASH, Subscriber.class),
                post("exportSubscribers", "/mailinglists/v2/{mailingListId}/subscribers/all")
                        .optionalModel(ExportRequest.class).read(),
                post("exportSubscribersByFilter", SUBSCRIBERS + "/all/{filterId}").optionalModel(ExportRequest.class)
                        .read(),
                get("countSubscriptions", LISTS + "/{mailingListId}/subscriptions/count").returns(Long.class),
                post("subscribe", LISTS + "/{mailingListId}/subscriptions/{subscriberId}").returns(Long.class),
                // CreateSubscriptions: recipient ids, at most 1000, no duplicates (the PHP client omits the body)
                post("subscribeMany", "/mailinglists/v2/{mailingListId}/subscriptions/queued")
                        .array("subscriberIds", Long.class, 1000).unique(),
                delete("unsubscribe", LISTS + "/{mailingListId}/subscriptions/{subscriberId}"),
                delete("unsubscribeAll", "/mailinglists/v2/{mailingListId}/subscriptions/all"),
                delete("unsubscribeFromAllLists", LISTS + "/subscriptions/{subscriberId}"));
    }

    private static void check(MailingList list) {
        ApsisValidation.required("Name", list.getName());
        if (list.getFromEmail() != null) {
            ApsisValidation.email("FromEmail", list.getFromEmail());
        }
    }
}
