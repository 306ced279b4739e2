package io.github.camelmartech.apsis;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import io.github.camelmartech.apsis.ApsisMethod.Paging;
import io.github.camelmartech.apsis.model.MailingList;
import io.github.camelmartech.apsis.model.OptOut;
import io.github.camelmartech.apsis.model.RecipientActivity;
import io.github.camelmartech.apsis.model.SendQueue;
import io.github.camelmartech.apsis.model.Subscriber;
import io.github.camelmartech.support.consumer.PolledCollection;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.MarTechHttpClient;
import io.github.camelmartech.support.paging.PageNumberPaginator;
import io.github.camelmartech.support.paging.PageWalker;
import io.github.camelmartech.support.paging.Paginator;

/**
 * A paginated APSIS collection as a polling consumer walks it: page and size in the path, pages counted by
 * {@code Result.TotalPages}. APSIS documents no sort order for its pages, so only-new mode goes by ids (kept in
 * the idempotent repository) rather than by a date watermark, which would lose items walked out of date order.
 */
final class ApsisCollection<T> implements PolledCollection<T> {

    private final MarTechHttpClient client;
    private final ApiRequest collection;
    private final Paginator paginator;
    private final Class<T> type;
    private final Function<T, String> id;
    private final int pageSize;
    private final int maxPages;

    private ApsisCollection(MarTechHttpClient client, ApiRequest collection, Paging paging, Class<T> type,
                            Function<T, String> id, ApsisConfiguration c) {
        this.client = client;
        this.collection = collection;
        this.paginator = paginator(paging);
        this.type = type;
        this.id = id;
        this.pageSize = ApsisValidation.range("pageSize", ApsisCalls.pageSize(c), 1, ApsisCalls.MAX_PAGE_SIZE);
        this.maxPages = c.getMaxPages();
    }

    /** The collection a consumer of {@code resource} walks, from the endpoint's options. */
    static ApsisCollection<?> of(String resource, MarTechHttpClient client, ApsisConfiguration c) {
        return switch (resource) {
            case "mailinglists" -> new ApsisCollection<>(client, get(MailingListMethods.LISTS), Paging.SLASH,
                    MailingList.class, l -> String.valueOf(l.getId()), c);
            case "subscribers" -> new ApsisCollection<>(client,
                    get(MailingListMethods.SUBSCRIBERS, required("mailingListId", c.getMailingListId())), Paging.SLASH,
                    Subscriber.class, s -> String.valueOf(s.getId()), c);
            case "optouts" -> new ApsisCollection<>(client, optOuts(c), Paging.SLASH, OptOut.class,
                    ApsisCollection::optOutId, c);
            case "bounces" -> new ApsisCollection<>(client, c.getSendQueueId() == null
                    ? get(StatisticsMethods.ALL_BOUNCES)
                    : get(StatisticsMethods.bySendQueue("bounces"), c.getSendQueueId()), Paging.PAGE_SIZE,
                    RecipientActivity.class, ApsisCollection::activityId, c);
            case "opens", "clicks" -> new ApsisCollection<>(client, get(StatisticsMethods.bySendQueue(resource),
                    required("sendQueueId", c.getSendQueueId())), Paging.PAGE_SIZE, RecipientActivity.class,
                    ApsisCollection::activityId, c);
            case "sendqueues" -> new ApsisCollection<>(client, get(SendQueueMethods.PAGES), Paging.PAGE_SIZE,
                    SendQueue.class, s -> String.valueOf(s.getId() != null ? s.getId() : s.getSendQueueId()), c);
            default -> throw new MarTechInvalidInputException("resource", "only mailinglists, subscribers, optouts,"
                                                                          + " bounces, opens, clicks and sendqueues"
                                                                          + " can be polled");
        };
    }

    private static ApiRequest optOuts(ApsisConfiguration c) {
        if (c.getMailingListId() != null) {
            return get(OptOutMethods.BY_LIST, c.getMailingListId());
        }
        return c.getSendQueueId() != null ? get(OptOutMethods.BY_SEND_QUEUE, c.getSendQueueId())
                : get(OptOutMethods.GLOBAL);
    }

    private static ApiRequest get(String path, Object... params) {
        return ApiRequest.get(path, params).header("Accept", "application/json").build();
    }

    private static Object required(String option, Object value) {
        if (value == null) {
            throw new MarTechInvalidInputException(option, "is required for this consumer");
        }
        return value;
    }

    /** APSIS paging: the page and size appended to the collection path, the walk ending at TotalPages. */
    static Paginator paginator(Paging paging) {
        return PageNumberPaginator.custom((c, page, size) -> {
            ApiRequest.Builder request = ApiRequest.link(c.method(), c.target() + paging.suffix
                    .replace("{pageNumber}", Integer.toString(page)).replace("{pageSize}", Integer.toString(size)));
            c.headers().forEach(request::header);
            return request.build();
        }).itemsAt("/Result/Items").totalPagesAt("/Result/TotalPages").totalItemsAt("/Result/TotalCount")
                .defaultPageSize(ApsisCalls.DEFAULT_PAGE_SIZE).build();
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

    @Override
    public Iterator<List<T>> pages(Instant since) {
        return new PageWalker<>(client, paginator, collection, pageSize, maxPages,
                io.github.camelmartech.support.paging.ItemType.<T>of(ApsisJson.mapper(), ApsisJson.type(type)))
                .pageItems();
    }

    @Override
    public String idOf(T item) {
        return id.apply(item);
    }
}
