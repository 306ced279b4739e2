package io.github.camelmartech.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelmartech.apifon.model.DeliveryReport;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
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
 * Webhook callbacks: one operation POSTs one Apifon SMS delivery-report callback (two reports) and reads the answer,
 * (1) to a plain {@code platform-http} route that parses the JSON and hands each report on, the floor; (2) to
 * {@code webhook:apifon:callbacks} (checks, typed items, one exchange per report, headers), on the same
 * platform-http server (Vert.x) in the same context. Callbacks/s = threads / time per op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallbackBenchmark {

    /** Apifon's documented SMS delivery report, two reports in one callback. */
    static final byte[] CALLBACK = ("{\"url\":\"https://yourserver/callback\",\"request_id\":"
            + "\"eff655d8-0cb6-47b3-8828-96e1b80b55af\",\"reference_id\":\"Campaign #215\",\"data\":["
            + "{\"from\":\"Apifon\",\"to\":\"306999999999\",\"message_id\":\"e2d4424d-7d6a-49c2-b564-99b2b68c74cb\","
            + "\"custom_id\":\"312312412\",\"status\":{\"code\":7,\"text\":\"delivered\"},\"error_code\":\"000\","
            + "\"timestamp\":1517922078,\"mccmnc\":\"20210\"},"
            + "{\"from\":\"Apifon\",\"to\":\"306999999998\",\"message_id\":\"m-2\",\"status\":{\"code\":105,"
            + "\"text\":\"invalid\"},\"error_code\":\"001\",\"timestamp\":1517922079}],"
            + "\"account_id\":5411,\"type\":\"SMS\"}").getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CamelContext camel;
    private CloseableHttpClient http;
    private String plainUrl;
    private String webhookUrl;
    private final AtomicLong reports = new AtomicLong();

    @Setup(Level.Trial)
    public void setup(BenchmarkParams params) throws Exception {
        int port = freePort();
        camel = Fixtures.camelContext("prototype");
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        camel.addService(new VertxPlatformHttpServer(server));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                restConfiguration().component("platform-http");
                // the floor: parse the JSON, hand each report on, answer
                from("platform-http:/plain?httpMethodRestrict=POST").routeId("plain").process(CallbackBenchmark.this::plain);
                from("webhook:apifon:callbacks?webhookAutoRegister=false&webhookPath=/apifon").routeId("webhook")
                        .process(e -> report(e.getMessage().getBody(DeliveryReport.class)));
            }
        });
        camel.start();
        http = HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(Fixtures.POOL_SIZE).setMaxConnPerRoute(Fixtures.POOL_SIZE).build()).build();
        plainUrl = "http://127.0.0.1:" + port + "/plain";
        webhookUrl = "http://127.0.0.1:" + port + "/apifon";
        String url = params.getBenchmark().contains("plain") ? plainUrl : webhookUrl;
        JitWarmup.untilCompiled(() -> post(url));
    }

    private void plain(Exchange exchange) throws IOException {
        JsonNode callback = MAPPER.readTree(exchange.getMessage().getBody(byte[].class));
        for (JsonNode report : callback.path("data")) {
            report(report);
        }
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        exchange.getMessage().setBody("{\"received\":" + callback.path("data").size() + "}");
    }

    private void report(Object report) {
        if (report != null) {
            reports.incrementAndGet();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        http.close();
        camel.close();
    }

    @Benchmark
    @Threads(1)
    public int callback1_plain() throws IOException {
        return post(plainUrl);
    }

    @Benchmark
    @Threads(1)
    public int callback2_webhook() throws IOException {
        return post(webhookUrl);
    }

    @Benchmark
    @Threads(8)
    public int callback1_plain_8threads() throws IOException {
        return post(plainUrl);
    }

    @Benchmark
    @Threads(8)
    public int callback2_webhook_8threads() throws IOException {
        return post(webhookUrl);
    }

    private int post(String url) throws IOException {
        HttpPost post = new HttpPost(url);
        post.setEntity(new ByteArrayEntity(CALLBACK, ContentType.APPLICATION_JSON));
        return http.execute(post, response -> {
            String body = EntityUtils.toString(response.getEntity());
            if (response.getCode() != 200 || !body.contains("\"received\":2")) {
                throw new IOException("callback answered " + response.getCode() + ": " + body);
            }
            return response.getCode();
        });
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
