package io.github.camelmartech.apsis;

import java.util.List;

import io.github.camelmartech.apsis.ApsisMethod.Paging;
import io.github.camelmartech.apsis.model.RecipientActivity;

import static io.github.camelmartech.apsis.ApsisMethod.get;
import static io.github.camelmartech.apsis.ApsisMethod.post;

/** The {@code bounces}, {@code opens} and {@code clicks} resources (BounceService, OpenService, ClickService). */
final class StatisticsMethods {

    static final String BOUNCES = "bounces";
    static final String OPENS = "opens";
    static final String CLICKS = "clicks";
    static final String DEFAULT = "list";
    static final String ALL_BOUNCES = "/v1/bounces";

    private StatisticsMethods() {
    }

    /** The paged path of a statistic for one sending: {@code /v1/opens/sendqueues/{sendQueueId}}. */
    static String bySendQueue(String kind) {
        return "/v1/" + kind + "/sendqueues/{sendQueueId}";
    }

    static List<ApsisMethod> bounces() {
        return List.of(
                get("list", ALL_BOUNCES).paged(Paging.PAGE_SIZE, RecipientActivity.class),
                get("byDate", ALL_BOUNCES + "/date/from/{dateFrom}/to/{dateTo}")
                        .paged(Paging.PAGE_SIZE, RecipientActivity.class),
                get("bySendQueue", bySendQueue(BOUNCES)).paged(Paging.PAGE_SIZE, RecipientActivity.class),
                post("export", ALL_BOUNCES + "/queued").read().returnsList(RecipientActivity.class),
                post("exportByDate", ALL_BOUNCES + "/date/from/{dateFrom}/to/{dateTo}").read()
                        .returnsList(RecipientActivity.class),
                post("exportBySendQueues", ALL_BOUNCES + "/sendqueues/queued")
                        .array("sendQueueIds", Long.class, 1000).unique().read().returnsList(RecipientActivity.class));
    }

    /** Opens or clicks: only per sending. */
    static List<ApsisMethod> perSending(String kind) {
        return List.of(get("list", bySendQueue(kind)).paged(Paging.PAGE_SIZE, RecipientActivity.class));
    }
}
