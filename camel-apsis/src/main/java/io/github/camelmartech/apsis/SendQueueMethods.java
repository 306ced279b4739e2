package io.github.camelmartech.apsis;

import java.util.List;

import io.github.camelmartech.apsis.ApsisMethod.Paging;
import io.github.camelmartech.apsis.model.RecipientActivity;
import io.github.camelmartech.apsis.model.SendQueue;
import io.github.camelmartech.apsis.model.SendQueueRequest;

import static io.github.camelmartech.apsis.ApsisMethod.delete;
import static io.github.camelmartech.apsis.ApsisMethod.get;
import static io.github.camelmartech.apsis.ApsisMethod.post;

/** The {@code sendqueues} resource (SendingService): sendings of newsletters and their per-sending statistics. */
final class SendQueueMethods {

    static final String RESOURCE = "sendqueues";
    static final String DEFAULT = "list";
    static final String PAGES = "/v1/sendqueues";

    private SendQueueMethods() {
    }

    static List<ApsisMethod> methods() {
        return List.of(
                get("list", PAGES).paged(Paging.PAGE_SIZE, SendQueue.class),
                post("create", "/sendqueues/v2/").model(SendQueueRequest.class, SendQueueMethods::check)
                        .returns(Long.class),
                get("get", "/sendqueues/v2/{sendQueueId}").returns(SendQueue.class),
                delete("delete", "/sendqueues/v2/{sendQueueId}"),
                // from and to, as the Ruby client sends them (the PHP client passes from twice)
                get("byDate", PAGES + "/date/from/{dateFrom}/to/{dateTo}").returnsList(SendQueue.class),
                get("byNewsletter", PAGES + "/newsletter/{newsletterId}").returnsList(SendQueue.class),
                get("future", PAGES + "/future").returnsList(SendQueue.class),
                get("bySubscriber", "/sendqueues/v1/sendings/subscriber/{subscriberId}")
                        .paged(Paging.SLASH, SendQueue.class),
                activity("opens"), activity("clicks"), activity("bounces"),
                // the PHP client's getOptOuts wrongly hits /opens
                activity("optouts"));
    }

    /** Queued in one client, direct in another: either way the activity rows of one sending. */
    private static ApsisMethod activity(String kind) {
        return get(kind, PAGES + "/{sendQueueId}/" + kind).query("dateFrom").query("dateTo")
                .returnsList(RecipientActivity.class);
    }

    private static void check(SendQueueRequest sending) {
        ApsisValidation.required("NewsletterId", sending.getNewsletterId());
        ApsisValidation.required("MailingListIds", sending.getMailingListIds());
        if (sending.getFromEmail() != null) {
            ApsisValidation.email("FromEmail", sending.getFromEmail());
        }
        ApsisValidation.maxLength("CampaignId", sending.getCampaignId(), 50);
    }
}
