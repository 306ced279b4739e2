package io.github.camelmartech.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.camelmartech.getresponse.model.Contact;
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
 * Header paging: one operation walks GetResponse's contacts ({@code items} contacts, 1,000 a page, the page count in
 * the {@code TotalPages} header, the body a bare array), every contact bound to {@code Contact}: (1) raw HttpClient
 * loop, (2) the raw loop handing each contact to a route as a consumer does, (3) the {@code getresponse:contacts}
 * polling consumer (full sync, one exchange per contact).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = { "-Dsun.net.httpserver.nodelay=true", "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class GetResponseWalkBenchmark {

    @Param({ "20000" })
    public int items;

    private VendorStub stub;
    private GetResponseContacts raw;
    private Walks walks;

    @Setup(Level.Trial)
    public void setup(BenchmarkParams params) throws Exception {
        stub = new VendorStub(2);
        stub.prepareContacts(items, Fixtures.CONTACTS_PER_PAGE);
        raw = new GetResponseContacts(stub.baseUrl());
        String uri = "getresponse:contacts?apiKey=" + Fixtures.TOKEN + "&baseUrl=" + stub.baseUrl() + "/v3&pageSize="
                     + Fixtures.CONTACTS_PER_PAGE + "&onlyNew=false&startScheduler=false";
        walks = new Walks(uri, Contact.class, sink -> raw.walk(Fixtures.CONTACTS_PER_PAGE, sink::accept), "prototype");
        String name = params.getBenchmark();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        JitWarmup.untilCompiled(() -> name.endsWith("contacts1_raw") ? contacts1_raw(bh)
                : name.endsWith("contacts2_rawRoute") ? contacts2_rawRoute() : contacts3_consumer());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        walks.close();
        raw.close();
        stub.close();
    }

    @Benchmark
    public int contacts1_raw(Blackhole bh) throws Exception {
        return Walks.expect(items, raw.walk(Fixtures.CONTACTS_PER_PAGE, bh::consume));
    }

    @Benchmark
    public int contacts2_rawRoute() throws Exception {
        return Walks.expect(items, walks.rawLoopIntoRoute());
    }

    @Benchmark
    public int contacts3_consumer() {
        return Walks.expect(items, walks.poll());
    }
}
