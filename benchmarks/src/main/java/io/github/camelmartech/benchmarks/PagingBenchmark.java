package io.github.camelmartech.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.camelmartech.apifon.model.ListSubscriber;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation is a full walk of a subscriber list of {@code items} subscribers, 200 per page, every item bound to
 * ListSubscriber: (1) a raw HttpClient loop following links.next; (2) the same loop handing each item to a Camel
 * route as a consumer does (an exchange from the exchange factory, the route, release): the floor of "one exchange
 * per item"; (3) the {@code apifon:subscribers} polling consumer (full-sync mode, one exchange per item into a route);
 * (2p) and (3p) are (2) and (3) in a context with Camel's pooled exchange factory. The consumer's scheduler is off;
 * the benchmark thread runs one poll per operation, so no scheduling delay is measured. Items/s and bytes/item are
 * derived from the time and {@code gc.alloc.rate.norm} per walk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = { "-Dsun.net.httpserver.nodelay=true", "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class PagingBenchmark {

    @Param({ "10000", "100000" })
    public int items;

    private VendorStub stub;
    private RawApifonClient raw;
    private Walks walks;
    private Walks pooledWalks;

    @Setup(Level.Trial)
    public void setup(BenchmarkParams params) throws Exception {
        stub = new VendorStub(2);
        stub.prepareCollection(items);
        raw = new RawApifonClient(stub.baseUrl());
        String uri = Fixtures.apifonUri("subscribers", stub.baseUrl(), "&listId=" + Fixtures.listId(items)
                + "&pageSize=" + Fixtures.PAGE_SIZE + "&onlyNew=false&startScheduler=false");
        walks = new Walks(uri, ListSubscriber.class, sink -> raw.walk(Fixtures.listId(items), sink::accept), "prototype");
        pooledWalks = new Walks(uri, ListSubscriber.class, sink -> raw.walk(Fixtures.listId(items), sink::accept), "pooled");
        String name = params.getBenchmark();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        JitWarmup.untilCompiled(() -> name.endsWith("walk1_raw") ? walk1_raw(bh)
                : name.endsWith("walk2_rawRoute") ? walk2_rawRoute() : name.endsWith("walk2p_rawRoutePooled")
                ? walk2p_rawRoutePooled() : name.endsWith("walk3_consumer") ? walk3_consumer() : walk3p_consumerPooled());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        walks.close();
        pooledWalks.close();
        raw.close();
        stub.close();
    }

    @Benchmark
    public int walk1_raw(Blackhole bh) throws Exception {
        return Walks.expect(items, raw.walk(Fixtures.listId(items), bh::consume));
    }

    @Benchmark
    public int walk2_rawRoute() throws Exception {
        return Walks.expect(items, walks.rawLoopIntoRoute());
    }

    @Benchmark
    public int walk2p_rawRoutePooled() throws Exception {
        return Walks.expect(items, pooledWalks.rawLoopIntoRoute());
    }

    @Benchmark
    public int walk3_consumer() {
        return Walks.expect(items, walks.poll());
    }

    @Benchmark
    public int walk3p_consumerPooled() {
        return Walks.expect(items, pooledWalks.poll());
    }
}
