package io.github.camelmartech.benchmarks;

import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
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
 * What Camel itself costs around a producer, with no HTTP and none of our code: {@code template.requestBody} to a
 * {@code direct} route whose one processor answers a prebuilt result, as the producer benchmarks reach
 * {@code apifon:sms} and the camel-http route. Run with Camel's default (prototype) exchange factory and with the
 * pooled one ({@code camel.main.exchangeFactory=pooled}), from 1 and from 8 threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CamelHopBenchmark {

    @Param({ "prototype", "pooled" })
    public String exchangeFactory;

    private CamelContext camel;
    private ProducerTemplate template;
    private Endpoint hop;

    @Setup(Level.Trial)
    public void setup() throws Exception {
        camel = Fixtures.camelContext(exchangeFactory);
        Object answer = new Object();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:hop").routeId("hop").process(e -> e.getMessage().setBody(answer));
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
        hop = camel.getEndpoint("direct:hop");
        JitWarmup.untilCompiled(() -> template.requestBody(hop, Fixtures.TEXT));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        template.close();
        camel.close();
    }

    @Benchmark
    @Threads(1)
    public Object hop() {
        return template.requestBody(hop, Fixtures.TEXT);
    }

    @Benchmark
    @Threads(8)
    public Object hop_8threads() {
        return template.requestBody(hop, Fixtures.TEXT);
    }
}
