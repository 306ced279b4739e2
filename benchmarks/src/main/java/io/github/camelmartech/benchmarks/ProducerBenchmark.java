package io.github.camelmartech.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.camelmartech.apifon.model.SendResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One signed Apifon SMS send, request built from the text, response bound to SendResponse: (1) raw HttpClient 5 +
 * signer + Jackson, (2) a hand-written camel-http route, (3) {@code apifon:sms}; single-threaded and with 8
 * threads sharing one client/context (the 8-thread score is the time per op of one thread, as JMH reports it).
 * Setup checks once that the three send the same request, then runs the measured path alone until it is compiled.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// 2 forks: the run-to-run spread shows; each fork first runs its path until the JIT has compiled it (JitWarmup)
@Fork(value = 2, jvmArgsAppend = { "-Dsun.net.httpserver.nodelay=true", "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ProducerBenchmark {

    private Harness harness;

    @Setup(Level.Trial)
    public void setup(BenchmarkParams params) throws Exception {
        harness = new Harness(8);
        harness.checkEquivalence();
        String name = params.getBenchmark();
        JitWarmup.untilCompiled(name.contains("raw") ? harness::sendRaw
                : name.contains("camelHttp") ? harness::sendCamelHttp : harness::sendApifon);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        harness.close();
    }

    @Benchmark
    @Threads(1)
    public SendResponse sms1_raw() throws Exception {
        return harness.sendRaw();
    }

    @Benchmark
    @Threads(1)
    public SendResponse sms2_camelHttp() {
        return harness.sendCamelHttp();
    }

    @Benchmark
    @Threads(1)
    public SendResponse sms3_apifon() {
        return harness.sendApifon();
    }

    @Benchmark
    @Threads(8)
    public SendResponse sms1_raw_8threads() throws Exception {
        return harness.sendRaw();
    }

    @Benchmark
    @Threads(8)
    public SendResponse sms2_camelHttp_8threads() {
        return harness.sendCamelHttp();
    }

    @Benchmark
    @Threads(8)
    public SendResponse sms3_apifon_8threads() {
        return harness.sendApifon();
    }
}
