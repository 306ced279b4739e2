package io.github.camelmartech.apifon;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.apifon.model.ApifonList;
import io.github.camelmartech.apifon.model.Bounce;
import io.github.camelmartech.apifon.model.ListSubscriber;
import io.github.camelmartech.support.consumer.PolledCollection;
import io.github.camelmartech.support.error.MarTechMalformedResponseException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.MarTechHttpClient;
import io.github.camelmartech.support.json.MarTechJson;
import io.github.camelmartech.support.paging.PageWalker;

/**
 * A paged Apifon collection as a polling consumer walks it. Apifon has no "changed since" filter, so only-new
 * mode asks for ascending order by the watermark field and walks it all, the consumer skipping what its cursor
 * covers; full-sync mode walks in Apifon's default order.
 */
final class ApifonCollection<T> implements PolledCollection<T> {

    private final MarTechHttpClient client;
    private final ApiRequest collection;
    private final String watermarkField;
    private final Class<T> type;
    private final Function<T, String> id;
    private final Function<T, Long> watermark;
    private final int pageSize;
    private final int maxPages;
    private final boolean onlyNew;

    private ApifonCollection(MarTechHttpClient client, ApiRequest collection, String watermarkField, Class<T> type,
                             Function<T, String> id, Function<T, Long> watermark, ApifonConfiguration c) {
        this.client = client;
        this.collection = collection;
        this.watermarkField = watermarkField;
        this.type = type;
        this.id = id;
        this.watermark = watermark;
        this.pageSize = c.getPageSize() > 0 ? c.getPageSize() : ApifonValidation.MAX_PAGE_SIZE;
        this.maxPages = c.getMaxPages();
        this.onlyNew = c.isOnlyNew();
        ApifonValidation.pageSize(pageSize);
    }

    /** Lists, by last change (creation when never changed). */
    static ApifonCollection<ApifonList> lists(MarTechHttpClient client, ApifonConfiguration c) {
        return new ApifonCollection<>(client, ApiRequest.get(ListOperations.LISTS).build(), "date_updated",
                ApifonList.class, ApifonList::getId,
                l -> l.getDateUpdated() != null ? l.getDateUpdated() : l.getDateCreated(), c);
    }

    /** The subscribers of the listId list, by last change (creation when never changed). */
    static ApifonCollection<ListSubscriber> subscribers(MarTechHttpClient client, ApifonConfiguration c) {
        String listId = ApifonValidation.required("listId", c.getListId());
        return new ApifonCollection<>(client, ApiRequest.get(SubscriberOperations.SUBSCRIBERS, listId).build(),
                "date_updated", ListSubscriber.class, ListSubscriber::getId,
                s -> s.getDateUpdated() != null ? s.getDateUpdated() : s.getDateCreated(), c);
    }

    /** The bounce list, by the date a destination was blocked; the destination is its identity. */
    static ApifonCollection<Bounce> bounces(MarTechHttpClient client, ApifonConfiguration c) {
        return new ApifonCollection<>(client, ApiRequest.get(BounceOperations.BOUNCES).build(), "date_created",
                Bounce.class, Bounce::getDestination, Bounce::getDateCreated, c);
    }

    @Override
    public Iterator<List<T>> pages(Instant since) {
        // ascending order is what only-new relies on: asked for on every walk, the first one (since == null) too
        ApiRequest request = !onlyNew ? collection
                : collection.toBuilder().setQuery("sorting", watermarkField).setQuery("sort_dir", "ASC").build();
        PageWalker<T> walker = new PageWalker<>(client, ApifonPaginator.INSTANCE, request, pageSize, maxPages,
                io.github.camelmartech.support.paging.ItemType.of(type));
        return walker.pageItems();
    }

    private T convert(JsonNode node) {
        try {
            return MarTechJson.mapper().treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new MarTechMalformedResponseException("Apifon " + type.getSimpleName() + " item does not match its model",
                    200, node.toString().length() > 200 ? node.toString().substring(0, 200) : node.toString(), e);
        }
    }

    @Override
    public String idOf(T item) {
        return id.apply(item);
    }

    @Override
    public Instant watermarkOf(T item) {
        Long millis = watermark.apply(item);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    @Override
    public boolean hasWatermark() {
        return true;
    }
}
