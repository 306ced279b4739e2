package io.github.camelmartech.apsis;

import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import io.github.camelmartech.apsis.model.MailingList;
import io.github.camelmartech.apsis.model.OptOut;
import io.github.camelmartech.apsis.model.RecipientActivity;
import io.github.camelmartech.apsis.model.SendQueue;
import io.github.camelmartech.apsis.model.Subscriber;
import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.operation.Poll;
import io.github.camelmartech.support.operation.RequestResource;
import io.github.camelmartech.support.operation.Value;
import io.github.camelmartech.support.paging.ItemType;

import static io.github.camelmartech.apsis.ApsisValues.PAGINATOR;

/**
 * APSIS Pro as a table: every resource with its operations ({@link ApsisListOperations},
 * {@link ApsisSendingOperations}, {@link ApsisAccountOperations}), the answers' envelope ({@link ApsisResultReader})
 * and what the consumers poll. APSIS documents no order for its pages, so only-new mode goes by item keys (kept in
 * the idempotent repository), not by a date watermark, which would lose items walked out of date order.
 */
final class ApsisOperations {

    static final OperationTable TABLE = OperationTable.vendor("Apsis")
            .reader(new ApsisResultReader())
            // every call asks for JSON (the Accept header also picks a queued method's file type) and takes extra query
            .header("Accept", "application/json").queryHeader()
            // a path parameter comes from the header named after it (a list or sending also from its option)
            .path("mailingListId", ApsisValues.id(ApsisConstants.MAILING_LIST_ID).orOption("mailingListId"))
            .path("sendQueueId", ApsisValues.id(ApsisConstants.SEND_QUEUE_ID).orOption("sendQueueId"))
            .path("subscriberId", ApsisValues.id(ApsisConstants.SUBSCRIBER_ID))
            .path("newsletterId", ApsisValues.id(ApsisConstants.NEWSLETTER_ID))
            .path("filterId", ApsisValues.id(ApsisConstants.FILTER_ID))
            .path("projectId", ApsisValues.id(ApsisConstants.PROJECT_ID))
            .path("dateFrom", ApsisValues.FROM).path("dateTo", ApsisValues.TO)
            .path("pageNumber", ApsisValues.PAGE).path("pageSize", ApsisValues.SIZE)
            .path("eventId", Value.header(ApsisConstants.EVENT_ID))
            .path("sessionId", Value.header(ApsisConstants.SESSION_ID))
            .path("attendeeId", Value.header(ApsisConstants.ATTENDEE_ID))
            .path("importId", Value.header(ApsisConstants.IMPORT_ID))
            .path("transactionId", Value.header(ApsisConstants.TRANSACTION_ID))
            .resource(ApsisListOperations.mailingLists().poll(poll(MailingList.class, l -> String.valueOf(l.getId()))))
            .resource(ApsisListOperations.subscribers()
                    .poll(poll("listByMailingList", Subscriber.class, s -> String.valueOf(s.getId()))))
            .resource(ApsisListOperations.optOuts().poll(poll(OptOut.class, ApsisOperations::optOutId)
                    .orWhenOption("mailingListId", "listByMailingList").orWhenOption("sendQueueId", "listBySendQueue")))
            .resource(ApsisSendingOperations.newsletters())
            .resource(ApsisSendingOperations.sendQueues().poll(poll(SendQueue.class,
                    s -> String.valueOf(s.getId() != null ? s.getId() : s.getSendQueueId()))))
            .resource(ApsisSendingOperations.bounces().poll(poll(RecipientActivity.class, ApsisOperations::activityId)
                    .orWhenOption("sendQueueId", "bySendQueue")))
            .resource(ApsisSendingOperations.perSending("opens")
                    .poll(poll(RecipientActivity.class, ApsisOperations::activityId)))
            .resource(ApsisSendingOperations.perSending("clicks")
                    .poll(poll(RecipientActivity.class, ApsisOperations::activityId)))
            .resource(ApsisAccountOperations.filters())
            .resource(ApsisAccountOperations.folders())
            .resource(ApsisAccountOperations.demographics())
            .resource(ApsisAccountOperations.imports())
            .resource(ApsisSendingOperations.transactional())
            .resource(ApsisSendingOperations.sms())
            .resource(ApsisAccountOperations.events())
            .resource(RequestResource.of())
            .build();

    private ApsisOperations() {
    }

    private static <T> Poll<T> poll(Class<T> type, Function<T, String> key) {
        return poll("list", type, key);
    }

    /** Walks every page of {@code operation}; each item's exchange names it and the list or sending polled. */
    private static <T> Poll<T> poll(String operation, Class<T> type, Function<T, String> key) {
        return Poll.of(operation, PAGINATOR, ItemType.of(type)).key(key).keyHeader(ApsisConstants.ITEM_ID)
                .optionHeader(ApsisConstants.MAILING_LIST_ID, "mailingListId")
                .optionHeader(ApsisConstants.SEND_QUEUE_ID, "sendQueueId");
    }

    private static String optOutId(OptOut o) {
        return o.getId() != null ? o.getId().toString()
                : o.getSubscriberId() + ":" + o.getMailingListId() + ":" + o.getSendQueueId() + ":" + o.getCreated();
    }

    /** Activity rows have no id of their own: the sending, the recipient and every other field make one. */
    private static String activityId(RecipientActivity a) {
        return a.getSendQueueId() + ":" + a.getSubscriberId() + ":" + Objects.toString(a.getEmail(), "") + ":"
               + new TreeMap<>(a.getOther());
    }
}
