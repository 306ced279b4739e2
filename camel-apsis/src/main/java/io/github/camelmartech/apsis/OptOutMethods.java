package io.github.camelmartech.apsis;

import java.util.List;

import io.github.camelmartech.apsis.ApsisMethod.Paging;
import io.github.camelmartech.apsis.model.OptOut;
import io.github.camelmartech.apsis.model.OptOutItem;

import static io.github.camelmartech.apsis.ApsisMethod.delete;
import static io.github.camelmartech.apsis.ApsisMethod.get;
import static io.github.camelmartech.apsis.ApsisMethod.post;

/** The {@code optouts} resource (OptOutService): the Opt-out-all list and the opt-outs of lists and sendings. */
final class OptOutMethods {

    static final String RESOURCE = "optouts";
    static final String DEFAULT = "list";
    static final String GLOBAL = "/v1/optouts/global";
    static final String BY_LIST = "/v1/optouts/{mailingListId}";
    static final String BY_SEND_QUEUE = "/v1/optouts/sendqueues/{sendQueueId}";

    private OptOutMethods() {
    }

    static List<ApsisMethod> methods() {
        return List.of(
                get("list", GLOBAL).paged(Paging.SLASH, OptOut.class),
                // the official page's path; the PHP client wrongly inserts /queued/
                get("listByDate", "/optouts/v2/global/{dateFrom}/{dateTo}").paged(Paging.SLASH, OptOut.class),
                get("listByMailingList", BY_LIST).paged(Paging.SLASH, OptOut.class),
                get("listBySendQueue", BY_SEND_QUEUE).paged(Paging.SLASH, OptOut.class),
                post("export", GLOBAL + "/queued").read(),
                post("exportByDate", "/optouts/v2/global/queued/{dateFrom}/{dateTo}").read(),
                post("exportByMailingList", "/v1/optouts/mailinglists/{mailingListId}/queued").read(),
                // the PHP client has "sendqueuess"
                get("exportBySendQueue", BY_SEND_QUEUE + "/queued"),
                post("addToOptOutAll", "/optouts/v3/global/subscribers/queued")
                        .array("optOuts", OptOutItem.class, 1000, OptOutMethods::check),
                post("addToMailingList", "/v1/optouts/mailinglists/{mailingListId}/subscribers/queued")
                        .array("optOuts", OptOutItem.class, 1000, OptOutMethods::check),
                delete("removeFromMailingList", "/v1/optouts/mailinglists/{mailingListId}/subscribers/queued")
                        .array("emails", String.class, 1000, e -> ApsisValidation.email("emails[]", e)).unique(),
                // also deletes the subscriber, per the vendor
                delete("removeFromOptOutAllByEmail", GLOBAL + "/subscriber/email")
                        .string("email", e -> ApsisValidation.email("email", e)),
                delete("removeFromOptOutAll", GLOBAL + "/subscribers/queued")
                        .array("subscriberIds", Long.class, 1000).unique(),
                delete("removeFromOptOutAllByEmails", "/optouts/v1/global/subscribers/emails/queued")
                        .array("emails", String.class, 1000, e -> ApsisValidation.email("emails[]", e)).unique());
    }

    private static void check(OptOutItem item) {
        ApsisValidation.required("SubscriberId", item.getSubscriberId());
    }
}
