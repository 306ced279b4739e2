package io.github.camelmartech.benchmarks;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.github.camelmartech.support.consumer.MarTechPollingConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultConsumer;

/**
 * One Camel context (with a given exchange factory) holding the two routes a paging benchmark feeds: a polling
 * consumer's route, and a route the raw loop hands each item to the way a consumer does (see
 * {@link #rawLoopIntoRoute}). Both routes do the same: read the typed body and count it.
 */
final class Walks implements AutoCloseable {

    /** A raw walk of the whole collection, handing each item to the sink; returns the items walked. */
    @FunctionalInterface
    interface RawWalk {
        int walk(Consumer<Object> sink) throws Exception;
    }

    private final RawWalk raw;
    private final CamelContext camel;
    private final MarTechPollingConsumer<?> consumer;
    private final DefaultConsumer itemsRoute;
    private final AtomicInteger consumed = new AtomicInteger();
    private volatile Object last;

    /** @param consumerUri the polling consumer, with {@code startScheduler=false}: the benchmark thread polls */
    Walks(String consumerUri, Class<?> itemType, RawWalk raw, String exchangeFactory) throws Exception {
        this.raw = raw;
        camel = Fixtures.camelContext(exchangeFactory);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri).routeId("poll").process(e -> count(e, itemType));
                from("direct:items").routeId("items").process(e -> count(e, itemType));
            }
        });
        camel.start();
        consumer = (MarTechPollingConsumer<?>) camel.getRoute("poll").getConsumer();
        itemsRoute = (DefaultConsumer) camel.getRoute("items").getConsumer();
    }

    private void count(Exchange e, Class<?> itemType) {
        last = e.getMessage().getBody(itemType);
        consumed.incrementAndGet();
    }

    /** One poll of the consumer: the whole collection, one exchange per item; returns the items routed. */
    int poll() {
        consumed.set(0);
        consumer.run();
        return consumed.get();
    }

    /**
     * The raw loop, each item handed to a route as a Camel consumer hands it: an exchange from the route consumer's
     * exchange factory, the body set, the route's processor, the exchange released. No headers, no state: the floor
     * of one exchange per item.
     */
    int rawLoopIntoRoute() throws Exception {
        consumed.set(0);
        raw.walk(item -> {
            Exchange exchange = itemsRoute.createExchange(false);
            try {
                exchange.getMessage().setBody(item);
                itemsRoute.getProcessor().process(exchange);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                itemsRoute.releaseExchange(exchange, false);
            }
        });
        return consumed.get();
    }

    /** The number of items walked, when it is the collection's size; a walk that lost or repeated items fails. */
    static int expect(int expected, int walked) {
        if (walked != expected) {
            throw new IllegalStateException("walked " + walked + " items, not " + expected);
        }
        return walked;
    }

    @Override
    public void close() throws Exception {
        camel.close();
    }
}
