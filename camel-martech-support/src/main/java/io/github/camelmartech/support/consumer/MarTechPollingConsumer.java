package io.github.camelmartech.support.consumer;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.BiConsumer;

import io.github.camelmartech.support.component.MarTechConfiguration;
import io.github.camelmartech.support.component.MarTechEndpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.URISupport;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a vendor collection page by page and emits one exchange per item, each page as one batch.
 *
 * <p>What was emitted is recorded only after the route completed the item: the cursor (watermark of the last item,
 * in the {@code stateRepository}) and the item key (in the {@code idempotentRepository}). An item whose route
 * failed is neither recorded nor followed by the rest of the poll, so the next poll starts from it; a stop or a
 * crash between items repeats nothing that was completed and loses nothing that was not. In only-new mode the
 * collection must be walked in ascending watermark order (vendors ask their API for that order).
 *
 * <p>A failed item was logged by the route's error handler already, so the consumer does not log it again. With
 * {@code maxItemAttempts} set, an item that failed that many times is skipped: logged once at WARN with its key and
 * recorded as if completed, so the rest of the collection flows.
 *
 * <p>A crash after the route completed an item and before its record was written repeats that one item on restart
 * (at-least-once). When a repository is a {@link TransactedRepository}, the route and the record run in its
 * transaction instead, so the route's writes to that database and the record commit together (exactly once).
 */
public class MarTechPollingConsumer<T> extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(MarTechPollingConsumer.class);

    private final PolledCollection<T> collection;
    private final BiConsumer<Exchange, T> populator;
    private final boolean onlyNew;
    private final String stateKey;
    private final int maxItemAttempts;
    /** Failed attempts of the items that failed and were neither completed nor skipped yet, by key. */
    private final Map<String, Integer> failedAttempts = new HashMap<>();
    private IdempotentRepository idempotentRepository;
    private StateRepository<String, String> stateRepository;
    private boolean ownStateRepository;
    private PollCursor cursor;
    /** Whether a repository runs items in its transaction; when none does, no wrapper is built per item. */
    private boolean transacted;

    /**
     * @param populator sets the exchange from an item (body, headers)
     */
    public MarTechPollingConsumer(MarTechEndpoint<?> endpoint, Processor processor, PolledCollection<T> collection,
                                  BiConsumer<Exchange, T> populator) {
        super(endpoint, processor);
        MarTechConfiguration c = endpoint.getConfiguration();
        this.collection = collection;
        this.populator = populator;
        this.onlyNew = c.isOnlyNew();
        this.idempotentRepository = c.getIdempotentRepository();
        this.stateRepository = c.getStateRepository();
        this.stateKey = c.getStateKey() != null ? c.getStateKey() : URISupport.sanitizeUri(endpoint.getEndpointUri());
        this.maxItemAttempts = c.getMaxItemAttempts();
        setMaxMessagesPerPoll(c.getMaxMessagesPerPoll());
    }

    @Override
    protected void doStart() throws Exception {
        if (stateRepository == null) {
            stateRepository = new MemoryStateRepository();
            ownStateRepository = true;
        }
        if (onlyNew && !collection.hasWatermark() && idempotentRepository == null) {
            // only-new without a watermark needs the ids of what was emitted; in memory unless the user gives a store
            idempotentRepository = MemoryIdempotentRepository.memoryIdempotentRepository(100_000);
        }
        ServiceHelper.startService(stateRepository, idempotentRepository);
        transacted = stateRepository instanceof TransactedRepository || idempotentRepository instanceof TransactedRepository;
        cursor = PollCursor.parse(stateRepository.getState(stateKey));
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (ownStateRepository) {
            ServiceHelper.stopService(stateRepository);
        }
    }

    @Override
    protected int poll() throws Exception {
        int limit = getMaxMessagesPerPoll() > 0 ? getMaxMessagesPerPoll() : Integer.MAX_VALUE;
        Iterator<List<T>> pages = collection.pages(onlyNew ? cursor.watermark() : null);
        int emitted = 0;
        while (emitted < limit && isPollAllowed() && pages.hasNext()) {
            Queue<Object> batch = new ArrayDeque<>();
            for (T item : pages.next()) {
                if (emitted + batch.size() >= limit) {
                    break;
                }
                Polled<T> polled = polled(item);
                if (isNew(polled)) {
                    batch.add(polled);
                }
            }
            int size = batch.size();
            int completed = processBatch(batch);
            emitted += completed;
            if (completed < size) {
                break; // an item failed or the consumer is stopping: the next poll resumes from it
            }
        }
        return emitted;
    }

    @Override
    @SuppressWarnings("unchecked")
    public int processBatch(Queue<Object> items) throws Exception {
        int total = items.size();
        int completed = 0;
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Polled<T> item = (Polled<T>) items.poll();
            Exchange exchange = createExchange(false);
            populator.accept(exchange, item.item());
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            PollCursor next = null;
            try {
                next = transacted ? TransactedRepository.inTransactions(exchange, () -> processAndRecord(exchange, item),
                        stateRepository, idempotentRepository) : processAndRecord(exchange, item);
            } catch (Exception e) {
                exchange.setException(e);
            }
            Exception failure = exchange.getException();
            releaseExchange(exchange, false);
            if (failure != null) {
                if (!skipAfterFailure(item, failure)) {
                    break;
                }
                next = record(item); // skipped after maxItemAttempts: recorded as done, outside any transaction
            } else if (!failedAttempts.isEmpty()) {
                failedAttempts.remove(item.key());
            }
            // only once recorded (committed, when transacted): a rolled back record must not move the cursor in memory
            cursor = next;
            completed++;
        }
        pendingExchanges = 0;
        return completed;
    }

    /**
     * Counts a failed attempt; true when the item is to be skipped (recorded as done) because it failed
     * {@code maxItemAttempts} times. The route's error handler logged the failure; the next poll resumes from the item
     * otherwise.
     */
    private boolean skipAfterFailure(Polled<T> item, Exception failure) {
        String key = item.key();
        int attempts = failedAttempts.merge(key, 1, Integer::sum);
        if (maxItemAttempts <= 0 || attempts < maxItemAttempts) {
            LOG.debug("Item {} failed (attempt {}); the next poll of {} resumes from it", key, attempts,
                    URISupport.sanitizeUri(getEndpoint().getEndpointUri()));
            return false;
        }
        failedAttempts.remove(key);
        LOG.warn("Skipped item {} of {} after {} failed attempts (maxItemAttempts); it is recorded as done: {}", key,
                URISupport.sanitizeUri(getEndpoint().getEndpointUri()), attempts, failure.toString());
        return true;
    }

    /**
     * The item with its id and watermark, each computed once: the watermark only where it is used (only-new mode, an
     * idempotent key), so a full sync reads none.
     */
    private Polled<T> polled(T item) {
        Instant watermark = onlyNew || idempotentRepository != null ? collection.watermarkOf(item) : null;
        return new Polled<>(item, collection.idOf(item), watermark);
    }

    private boolean isNew(Polled<T> item) {
        if (onlyNew && cursor.covers(item.watermark(), item.id())) {
            return false;
        }
        return idempotentRepository == null || !idempotentRepository.contains(item.key());
    }

    /** Runs the route on the item, then records it; throws the route's failure (rolling back a transaction). */
    private PollCursor processAndRecord(Exchange exchange, Polled<T> item) throws Exception {
        getProcessor().process(exchange);
        if (exchange.getException() != null) {
            throw exchange.getException();
        }
        return record(item);
    }

    /** Writes the item's key and the advanced cursor; returns the cursor. */
    private PollCursor record(Polled<T> item) {
        if (idempotentRepository != null) {
            idempotentRepository.add(item.key());
        }
        if (!onlyNew) {
            return cursor; // a full sync moves no cursor
        }
        if (item.watermark() != null) {
            PollCursor next = cursor.advance(item.watermark(), item.id());
            stateRepository.setState(stateKey, next.format());
            return next;
        }
        return cursor;
    }

    /** An item as the consumer tracks it. */
    private record Polled<T>(T item, String id, Instant watermark) {
        /** An updated item is a new event: its key includes the watermark when there is one. */
        String key() {
            return watermark == null ? id : id + "@" + watermark;
        }
    }

    public PollCursor getCursor() {
        return cursor;
    }
}
