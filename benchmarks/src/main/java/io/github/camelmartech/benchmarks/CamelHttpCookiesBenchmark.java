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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The camel-http baseline from 8 threads with camel-http's default cookie store and without it
 * ({@code cookieManagementDisabled=true}): JFR showed every request of the hand-written route taking the
 * {@code BasicCookieStore} lock twice (HttpClient adding cookies, camel-http clearing expired ones), the one lock
 * the camel-http route waits on that the raw client and the component do not. Not part of run.sh's report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = { "-Dsun.net.httpserver.nodelay=true", "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CamelHttpCookiesBenchmark {

    @Param({ "default", "disabled" })
    public String cookies;

    private Harness harness;

    @Setup(Level.Trial)
    public void setup() throws Exception {
        harness = new Harness(8, "default".equals(cookies));
        harness.checkEquivalence();
        JitWarmup.untilCompiled(harness::sendCamelHttp);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        harness.close();
    }

    @Benchmark
    @Threads(8)
    public SendResponse camelHttp_8threads() {
        return harness.sendCamelHttp();
    }
}
