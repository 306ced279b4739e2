package io.github.camelmartech.support.operation;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.consumer.PolledCollection;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.paging.PageWalker;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;

/**
 * A resource's {@link Poll} as the polling consumer walks it: the polled operation's request (its parameters from
 * the endpoint's options), asked in only-new mode for ascending order and changes since the cursor, walked lazily
 * with items bound to their type as each page is read.
 */
public final class PagedCollection<T> implements PolledCollection<T> {

    private final MarTechEndpoint<?> endpoint;
    private final Poll<T> poll;
    private final ApiOperation<?> operation;
    private final boolean onlyNew;
    /** The endpoint's options the poll sets as headers, read once: they do not change while the consumer runs. */
    private final Map<String, Object> optionHeaders;

    public PagedCollection(MarTechEndpoint<?> endpoint, Resource resource, Poll<T> poll) {
        this.endpoint = endpoint;
        this.poll = poll.chosen(endpoint::option);
        this.operation = resource.operation(this.poll.operation());
        this.onlyNew = endpoint.getConfiguration().isOnlyNew();
        this.optionHeaders = this.poll.optionHeaders(endpoint::option);
    }

    /** The collection request, built (and checked) from the options alone: fails at start when one is missing. */
    public ApiRequest request() {
        OperationCall call = new OperationCall(new DefaultExchange(endpoint.getCamelContext()), endpoint);
        ApiRequest.Builder request = OperationRunner.request(operation, call, null).toBuilder();
        poll.applyQuery(request, call);
        return request.build();
    }

    @Override
    public Iterator<List<T>> pages(Instant since) {
        ApiRequest.Builder request = request().toBuilder();
        if (onlyNew) {
            poll.applyOnlyNew(request, since);
        }
        return new PageWalker<>(endpoint.getClient(), poll.paginator(), request.build(),
                poll.pageSize(endpoint.getConfiguration().getPageSize()), endpoint.getConfiguration().getMaxPages(),
                poll.items())
                .pageItems();
    }

    @Override
    public String idOf(T item) {
        return poll.keyOf(item);
    }

    @Override
    public Instant watermarkOf(T item) {
        return poll.watermarkOf(item);
    }

    @Override
    public boolean hasWatermark() {
        return poll.hasWatermark();
    }

    /** Sets the item's own headers on its exchange. */
    public void populate(Exchange exchange, T item) {
        exchange.getMessage().setBody(item);
        poll.setHeaders(exchange.getMessage(), item, optionHeaders);
    }
}
