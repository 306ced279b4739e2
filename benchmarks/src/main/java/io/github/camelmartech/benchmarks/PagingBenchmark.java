package io.github.camelmartech.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelmartech.apifon.model.ListSubscriber;
import io.github.camelmartech.support.consumer.MarTechPollingConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation is a full walk of a subscriber list of {@code items} subscribers, 200 per page, every item bound to
 * ListSubscriber: (1) a raw HttpClient loop following links.next, (2) the {@code apifon:subscribers} polling
 * consumer (full-sync mode, one exchange per item into a route). The consumer's scheduler is off; the benchmark
 * thread runs one poll per operation, so no scheduling delay is measured. Items/s and bytes/item are derived from
 * the time and {@code gc.alloc.rate.norm} per walk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Dsun.net.httpserver.nodelay=true", "-Xms1g", "-Xmx1g" })
// 2 warm-up iterations left the scores still falling through the measurement (Camel compiled late on 2 cores)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class PagingBenchmark {

    @Param({ "10000", "100000" })
    public int items;

    private ApifonStub stub;
    private RawApifonClient raw;
    private CamelContext camel;
    private MarTechPollingConsumer<?> consumer;
    private final AtomicInteger consumed = new AtomicInteger();
    private volatile Object last;

    @Setup(Level.Trial)
    public void setup() throws Exception {
        stub = new ApifonStub(2);
        stub.prepareCollection(items);
        raw = new RawApifonClient(stub.baseUrl());
        camel = new DefaultCamelContext();
        String uri = Fixtures.apifonUri("subscribers", stub.baseUrl(), "&listId=" + Fixtures.listId(items)
                                                                       + "&pageSize=" + Fixtures.PAGE_SIZE
                                                                       + "&onlyNew=false&startScheduler=false");
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("poll").process(e -> {
                    last = e.getMessage().getBody(ListSubscriber.class);
                    consumed.incrementAndGet();
                });
            }
        });
        camel.start();
        consumer = (MarTechPollingConsumer<?>) camel.getRoute("poll").getConsumer();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        camel.close();
        raw.close();
        stub.close();
    }

    @Benchmark
    public int walk1_raw(Blackhole bh) throws Exception {
        int n = raw.walk(Fixtures.listId(items), bh::consume);
        return check(n);
    }

    @Benchmark
    public int walk2_consumer() {
        consumed.set(0);
        consumer.run(); // one poll: the whole collection, one exchange per item
        return check(consumed.get());
    }

    private int check(int n) {
        if (n != items) {
            throw new IllegalStateException("walked " + n + " items, not " + items);
        }
        return n;
    }
}
