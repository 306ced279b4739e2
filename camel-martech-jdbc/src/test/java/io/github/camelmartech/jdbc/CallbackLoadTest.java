package io.github.camelmartech.jdbc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camelmartech.apifon.ApifonConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A burst of Apifon delivery reports on two nodes: two Camel contexts, each with {@code webhook:apifon:callbacks} on
 * its own port and its own connection pool, one {@link JdbcIdempotentRepository} table in PostgreSQL (transacted
 * claims, as README recommends for callbacks on several nodes).
 *
 * <p>"Behind one address" is played by the senders, not by a proxy: report {@code i} goes to node {@code i % 2} and
 * its re-send to the other node, the case a load balancer makes hardest for de-duplication. 50 senders work through
 * the shuffled callbacks at once, so a re-send may be in flight together with its original. 10% of the reports are
 * re-sent; some callbacks are malformed or oversize; the route fails on purpose on about 1% of the reports the first
 * time it sees them, and a sender re-sends a callback answered 5xx, as Apifon does. Counted: every valid report
 * delivered exactly once, every bad callback refused with 4xx, a 5xx only for a route failure made on purpose.
 */
class CallbackLoadTest {

    private static final long SEED = Long.getLong("martech.drill.seed", System.nanoTime());
    private static final int REPORTS = 10_000;
    private static final int SENDERS = 50;
    private static final int MALFORMED = 100;
    private static final int OVERSIZE = 100;
    private static final int MAX_BODY = 4096;
    private static final String TABLE = "load_ids";

    private final List<CamelContext> nodes = new ArrayList<>();
    private final List<HikariDataSource> pools = new ArrayList<>();
    /** Per report key: how many times a route completed it, on either node. */
    private final Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
    private final Map<String, Boolean> failedOnPurpose = new ConcurrentHashMap<>();

    @BeforeEach
    void database() throws Exception {
        PostgresDatabase.get().drop(TABLE);
    }

    @AfterEach
    void stop() {
        nodes.forEach(CamelContext::stop);
        pools.forEach(HikariDataSource::close);
    }

    @Test
    void twoNodesDeliverEveryValidReportOnceAndRefuseEveryBadOne() throws Exception {
        int[] ports = { startNode("node-a"), startNode("node-b") };
        Random random = new Random(SEED);
        List<Callback> callbacks = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            callbacks.add(new Callback(report(i), i % 2, true));
            if (i % 10 == 0) {
                callbacks.add(new Callback(report(i), (i + 1) % 2, true)); // Apifon re-sends it, to the other node
            }
        }
        for (int i = 0; i < MALFORMED; i++) {
            callbacks.add(new Callback(malformed(i), i % 2, false));
        }
        for (int i = 0; i < OVERSIZE; i++) {
            callbacks.add(new Callback(oversize(i), i % 2, false));
        }
        Collections.shuffle(callbacks, random);

        Tally tally = send(callbacks, ports);

        int duplicates = delivered.values().stream().mapToInt(n -> n.get() - 1).sum();
        int lost = REPORTS - delivered.size();
        String line = String.format("LOAD callbacks: sent=%d, distinct=%d, delivered=%d, duplicates=%d, lost=%d,"
                                    + " refused=%d; re-sent=%d, 5xx=%d (route failed on purpose: %d), nodes=2,"
                                    + " senders=%d, seed=%d", tally.sent.get(), REPORTS, delivered.size(), duplicates,
                lost, tally.refused.get(), REPORTS / 10, tally.serverErrors.get(), failedOnPurpose.size(), SENDERS,
                SEED);
        new DrillReport("load").add(line);

        assertThat(tally.unexpected).as("answers other than 2xx for valid and 4xx for bad callbacks").isEmpty();
        assertThat(delivered).as("every valid report delivered").hasSize(REPORTS);
        assertThat(duplicates).as("no report delivered twice").isZero();
        assertThat(tally.refused.get()).as("every bad callback refused with 4xx").isEqualTo(MALFORMED + OVERSIZE);
        assertThat(failedOnPurpose).as("the route did fail on purpose").isNotEmpty();
        assertThat(tally.serverErrors.get()).as("5xx only where the route failed on purpose")
                .isEqualTo(failedOnPurpose.size());
    }

    private int startNode(String name) throws Exception {
        HikariDataSource pool = PostgresDatabase.get().pool(name, 24); // a connection per item in flight
        pools.add(pool);
        JdbcIdempotentRepository ids = new JdbcIdempotentRepository(pool, "apifon-callbacks");
        ids.setTableName(TABLE);
        ids.setTransacted(true);
        CamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName(name);
        camel.getRegistry().bind("callbackIds", ids);
        int port = AvailablePortFinder.getNextAvailable();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                restConfiguration().component("undertow").host("127.0.0.1").port(port);
                // the failures on purpose are counted; a stack trace for each would only bury the test's output
                errorHandler(defaultErrorHandler().logExhausted(false));
                from("webhook:apifon:callbacks?webhookAutoRegister=false&webhookPath=/apifon&webhookMaxBodySize=" + MAX_BODY
                     + "&idempotentRepository=#callbackIds")
                        .routeId("callbacks")
                        .process(exchange -> {
                            String key = exchange.getMessage().getHeader(ApifonConstants.MESSAGE_ID, String.class) + ":"
                                         + exchange.getMessage().getHeader(ApifonConstants.STATUS_CODE);
                            // about 1% fail the first time the route sees them
                            if (Math.floorMod(key.hashCode(), 100) == 0 && failedOnPurpose.putIfAbsent(key, true) == null) {
                                throw new IllegalStateException("failed on purpose: " + key);
                            }
                            delivered.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                        });
            }
        });
        camel.start();
        nodes.add(camel);
        return port;
    }

    /** One callback to send; a sender re-sends it, to the other node, while it is answered 5xx. */
    private record Callback(String json, int node, boolean valid) {
    }

    private static final class Tally {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger serverErrors = new AtomicInteger();
        final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    }

    private Tally send(List<Callback> callbacks, int[] ports) throws Exception {
        Tally tally = new Tally();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                running.add(senders.submit(() -> {
                    for (int i = next.getAndIncrement(); i < callbacks.size(); i = next.getAndIncrement()) {
                        deliver(http, callbacks.get(i), ports, tally);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            senders.shutdownNow();
        }
        return tally;
    }

    private static void deliver(HttpClient http, Callback callback, int[] ports, Tally tally) throws Exception {
        int node = callback.node();
        for (int attempt = 1; attempt <= 5; attempt++) {
            tally.sent.incrementAndGet();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + ports[node] + "/apifon"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(callback.json())).build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 500) {
                tally.serverErrors.incrementAndGet();
                node = 1 - node; // re-sent, and the load balancer picks the other node
                continue;
            }
            if (callback.valid() && status / 100 != 2 || !callback.valid() && status / 100 != 4) {
                tally.unexpected.add(status + " " + response.body() + " for " + abbreviate(callback.json()));
            } else if (!callback.valid()) {
                tally.refused.incrementAndGet();
            }
            return;
        }
        tally.unexpected.add("still 5xx after 5 attempts: " + abbreviate(callback.json()));
    }

    private static String report(int i) {
        return "{\"request_id\":\"req-" + i / 3 + "\",\"reference_id\":\"load\",\"account_id\":5411,\"type\":\"SMS\","
               + "\"data\":[{\"from\":\"Apifon\",\"to\":\"3069" + String.format("%08d", i) + "\",\"message_id\":\"m-" + i
               + "\",\"status\":{\"code\":7,\"text\":\"delivered\"},\"error_code\":\"000\",\"timestamp\":"
               + (1_700_000_000L + i) + "}]}";
    }

    private static String malformed(int i) {
        return switch (i % 4) {
            case 0 -> "{\"type\":\"SMS\",\"data\":[{\"message_id\":\"bad-" + i + "\",,}]}"; // not JSON
            case 1 -> "{\"type\":\"SMS\",\"data\":{\"message_id\":\"bad-" + i + "\"}}"; // data not an array
            case 2 -> "{\"type\":\"SMS\",\"data\":[{\"to\":\"306999999999\"}]}"; // a report without message_id
            default -> "{\"hello\":\"world\"}"; // neither a report nor a reply
        };
    }

    /** A valid report padded past the endpoint's body limit: refused whole (413), never delivered. */
    private static String oversize(int i) {
        return report(REPORTS + i).replace("\"reference_id\":\"load\"", "\"reference_id\":\"" + "x".repeat(MAX_BODY) + "\"");
    }

    private static String abbreviate(String json) {
        return json.length() > 120 ? json.substring(0, 120) + "..." : json;
    }
}
