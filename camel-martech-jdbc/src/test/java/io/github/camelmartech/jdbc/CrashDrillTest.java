package io.github.camelmartech.jdbc;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camelmartech.sandbox.apifon.ApifonSandbox;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a consumer's JVM with SIGKILL at random points of its work, several times, restarts it, and counts what the
 * route's effect recorded in the database the consumer keeps its state in ({@link CrashNode}).
 *
 * <ul>
 * <li>Polling ({@code apifon:subscribers}): nothing lost; in the default mode at most one item repeated per kill
 * (the route's insert committed, the cursor not yet); with {@code transacted=true} repositories nothing repeated
 * (insert, key and cursor in one transaction).</li>
 * <li>Webhook ({@code webhook:apifon:callbacks}, transacted claims): senders re-send every callback until answered 2xx,
 * as Apifon does; every callback answered 2xx is in the database, once.</li>
 * </ul>
 *
 * <p>Kill points are random: after a random number of further effects, plus a random pause. The seed is printed; set
 * {@code -Dmartech.drill.seed=N} to replay a run's choices (the timing of the processes still varies).
 */
@ApifonSandbox
class CrashDrillTest {

    private static final long SEED = Long.getLong("martech.drill.seed", System.nanoTime());
    private static final int SUBSCRIBERS = 40;
    private static final int PAGE_SIZE = 4;
    private static final int WALK_KILLS = 4;
    private static final int CALLBACKS = 240;
    private static final int CALLBACK_KILLS = 3;
    private static final int SENDERS = 6;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static DrillReport report;

    private PostgresDatabase postgres;
    private HikariDataSource dataSource;
    private NodeProcess node;

    @BeforeAll
    static void printSeed() {
        report = new DrillReport("crash");
        System.out.println("CrashDrillTest seed=" + SEED + " (replay with -Dmartech.drill.seed=" + SEED + ")");
    }

    @AfterAll
    static void noReport() {
        report = null;
    }

    @BeforeEach
    void database() throws SQLException {
        postgres = PostgresDatabase.get();
        postgres.drop(CrashNode.EFFECTS_TABLE, CrashNode.STATE_TABLE, CrashNode.IDS_TABLE);
        // pooled: the drill counts rows every few milliseconds
        dataSource = postgres.pool("crash-drill", 2);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // no key: a repeated effect is a second row
            s.execute("CREATE TABLE " + CrashNode.EFFECTS_TABLE + " (run VARCHAR(64) NOT NULL, item VARCHAR(100) NOT NULL,"
                      + " at TIMESTAMP DEFAULT now())");
        }
    }

    @AfterEach
    void stopNode() throws InterruptedException {
        if (node != null && node.isAlive()) {
            node.kill();
        }
        dataSource.close();
    }

    @Test
    void pollingConsumerKilledMidWalkLosesNothingAndRepeatsAtMostOneItemPerKill(ApifonSimulator apifon) throws Exception {
        Counts counts = walkWithKills(apifon, "walk_default", false, new Random(SEED));

        report.add(counts.line("apifon subscribers (default)", WALK_KILLS, SUBSCRIBERS));
        assertThat(counts.lost(SUBSCRIBERS)).as("subscribers lost").isZero();
        assertThat(counts.repeated()).as("at-least-once: at most one repeat per kill").isLessThanOrEqualTo(WALK_KILLS);
    }

    @Test
    void pollingConsumerWithTransactedStateKilledMidWalkLosesAndRepeatsNothing(ApifonSimulator apifon) throws Exception {
        Counts counts = walkWithKills(apifon, "walk_transacted", true, new Random(SEED + 1));

        report.add(counts.line("apifon subscribers (transacted)", WALK_KILLS, SUBSCRIBERS));
        assertThat(counts.lost(SUBSCRIBERS)).as("subscribers lost").isZero();
        assertThat(counts.repeated()).as("effect, key and cursor commit together").isZero();
    }

    @Test
    void webhookConsumerKilledWhileCallbacksArriveDeliversEveryCallbackItAnswered() throws Exception {
        String run = "callbacks_transacted";
        Random random = new Random(SEED + 2);
        int port = AvailablePortFinder.getNextAvailable();
        Map<String, String> properties = nodeProperties(run, CrashNode.CALLBACKS, true);
        properties.put("drill.port", Integer.toString(port));
        URI url = URI.create("http://127.0.0.1:" + port + "/apifon");

        Set<String> answered = ConcurrentHashMap.newKeySet();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            node = NodeProcess.start(run + "-0", properties);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2)).build();
            Future<?>[] sending = new Future<?>[SENDERS];
            for (int s = 0; s < SENDERS; s++) {
                int sender = s;
                sending[s] = senders.submit(() -> {
                    for (int i = sender; i < CALLBACKS; i += SENDERS) {
                        String messageId = "m-" + i;
                        sendUntilAnswered(http, url, deliveryReport(messageId));
                        answered.add(messageId);
                    }
                    return null;
                });
            }
            for (int kill = 1; kill <= CALLBACK_KILLS; kill++) {
                int target = answered.size() + 5 + random.nextInt(40);
                awaitAtLeast("answered callbacks", answered::size, target);
                Thread.sleep(random.nextInt(30));
                node.kill();
                node = NodeProcess.start(run + "-" + kill, properties);
            }
            for (Future<?> f : sending) {
                f.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
            node.stop();
        } finally {
            senders.shutdownNow();
        }

        Counts counts = Counts.of(effects(run));
        int lost = (int) answered.stream().filter(id -> !counts.perItem().containsKey(id)).count();
        report.add(String.format("CRASH apifon callbacks (transacted): kills=%d, items=%d, lost=%d, repeated=%d, seed=%d",
                CALLBACK_KILLS, CALLBACKS, lost, counts.repeated(), SEED));
        assertThat(answered).as("every callback was answered 2xx in the end").hasSize(CALLBACKS);
        assertThat(lost).as("answered 2xx but not in the database").isZero();
        assertThat(counts.repeated()).as("claim, insert and confirmation commit together").isZero();
    }

    private Counts walkWithKills(ApifonSimulator apifon, String run, boolean transacted, Random random)
            throws Exception {
        String listId = listWithSubscribers(apifon);
        Map<String, String> properties = nodeProperties(run, CrashNode.SUBSCRIBERS, transacted);
        properties.put("drill.apifon.baseUrl", apifon.baseUrl());
        properties.put("drill.apifon.token", apifon.token());
        properties.put("drill.apifon.secret", apifon.secret());
        properties.put("drill.apifon.listId", listId);

        for (int kill = 0; kill < WALK_KILLS; kill++) {
            node = NodeProcess.start(run + "-" + kill, properties);
            // a random point of the walk: after 1 to 6 more rows (items or repeats), then up to 25 ms more
            int target = rows(run) + 1 + random.nextInt(6);
            awaitAtLeast("rows of " + run, () -> rows(run), target);
            Thread.sleep(random.nextInt(25));
            node.kill();
        }
        node = NodeProcess.start(run + "-" + WALK_KILLS, properties);
        awaitAtLeast("every subscriber processed", () -> effects(run).size(), SUBSCRIBERS);
        // the last node keeps polling: two more walks over the whole list add nothing
        int requests = apifon.wireMock().getAllServeEvents().size();
        int walk = SUBSCRIBERS / PAGE_SIZE + 1;
        awaitAtLeast("two more walks", () -> apifon.wireMock().getAllServeEvents().size(), requests + 2 * walk);
        node.stop();
        return Counts.of(effects(run));
    }

    private static String listWithSubscribers(ApifonSimulator apifon) {
        CamelContext camel = new DefaultCamelContext();
        try {
            ApifonFixtures.bindSimulator(camel, apifon);
            camel.start();
            return ApifonFixtures.listWithSubscribers(camel.createProducerTemplate(), "Crash drill", SUBSCRIBERS);
        } finally {
            camel.stop();
        }
    }

    private Map<String, String> nodeProperties(String run, String kind, boolean transacted) {
        Map<String, String> properties = new HashMap<>();
        properties.put("drill.kind", kind);
        properties.put("drill.run", run);
        properties.put("drill.transacted", Boolean.toString(transacted));
        properties.put("drill.db.url", postgres.url());
        if (postgres.user() != null) {
            properties.put("drill.db.user", postgres.user());
        }
        return properties;
    }

    /** Posts until answered 2xx, as Apifon re-sends a callback answered otherwise or not at all. */
    private static void sendUntilAnswered(HttpClient http, URI url, String json) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    return;
                }
            } catch (ConnectException e) {
                // the node is down or starting
            } catch (IOException e) {
                // killed while answering: no answer is not 2xx
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("callback never answered 2xx: " + json);
            }
            Thread.sleep(25);
        }
    }

    private static String deliveryReport(String messageId) {
        return "{\"request_id\":\"r-" + messageId + "\",\"type\":\"SMS\",\"account_id\":5411,\"data\":[{\"from\":\"Apifon\","
               + "\"to\":\"306999999999\",\"message_id\":\"" + messageId + "\",\"status\":{\"code\":7,\"text\":\"delivered\"},"
               + "\"timestamp\":1517922078}]}";
    }

    private int rows(String run) {
        return effects(run).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The items the route recorded for a run, with how many times each. */
    private Map<String, Integer> effects(String run) {
        Map<String, Integer> perItem = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT item, count(*) FROM " + CrashNode.EFFECTS_TABLE + " WHERE run = ? GROUP BY item")) {
            select.setString(1, run);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    perItem.put(rows.getString(1), rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return perItem;
    }

    /** Waits for a count; fails at once when the node died by itself (a start-up error) instead of being killed. */
    private void awaitAtLeast(String what, IntSupplier count, int target) throws Exception {
        Await.until(target + " " + what, PATIENCE, () -> {
            if (node != null) {
                node.assertAlive();
            }
            return count.getAsInt() >= target;
        });
    }

    /** What the route recorded: rows per item. */
    private record Counts(Map<String, Integer> perItem) {

        static Counts of(Map<String, Integer> perItem) {
            return new Counts(perItem);
        }

        int lost(int items) {
            return items - perItem.size();
        }

        int repeated() {
            return perItem.values().stream().mapToInt(n -> n - 1).sum();
        }

        String line(String consumer, int kills, int items) {
            return String.format("CRASH %s: kills=%d, items=%d, lost=%d, repeated=%d, seed=%d", consumer, kills, items,
                    lost(items), repeated(), SEED);
        }
    }
}
