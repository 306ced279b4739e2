package io.github.camelmartech.jdbc;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import io.github.camelmartech.apifon.ApifonConstants;
import io.github.camelmartech.apifon.model.WriteResult;
import io.github.camelmartech.sandbox.apifon.ApifonSandbox;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Camel contexts (two "nodes") run the same route on the same Apifon list: {@code master:} elects one of them
 * through Camel's FileLockClusterService, the cursor is in PostgreSQL through JdbcStateRepository and the emitted ids
 * through camel-sql's JdbcMessageIdRepository. The leader is stopped in the middle of the walk; the other takes over
 * from the shared cursor. Every subscriber must reach a route exactly once, and never on two nodes at a time.
 *
 * <p>Both contexts live in this JVM: FileLockClusterService 4.18 works there, because a second FileChannel lock on
 * the same file from the same JVM throws OverlappingFileLockException, which its view counts as "not acquired"
 * (between processes the operating system's lock does the same).
 */
@ApifonSandbox
class TwoNodePollingTest {

    private static final String STATE_TABLE = "scale_state";
    private static final String IDS_TABLE = "scale_ids";
    private static final int PAGE_SIZE = 3;
    private static final int PAGES = 5;
    private static final int ITEMS = PAGE_SIZE * PAGES;
    /** The leader stops itself when the whole cluster has processed this many subscribers. */
    private static final int STOP_LEADER_AFTER = 7;

    @TempDir
    Path lockDirectory;

    private DataSource dataSource;
    private ApifonSimulator apifon;
    private CamelContext seed;
    private ProducerTemplate producer;
    private String listId;

    /** Per subscriber id: how many times a route completed it, on any node. */
    private final Map<String, AtomicInteger> completed = new ConcurrentHashMap<>();
    /** The node of each completion, in order. */
    private final List<String> nodeOfEach = new CopyOnWriteArrayList<>();
    private final AtomicInteger inRoute = new AtomicInteger();
    private final AtomicInteger mostInRouteAtOnce = new AtomicInteger();
    private final Map<String, CamelContext> nodes = new ConcurrentHashMap<>();

    @BeforeEach
    void setUp(ApifonSimulator apifon) throws Exception {
        PostgresDatabase postgres = PostgresDatabase.get();
        postgres.drop(STATE_TABLE, IDS_TABLE);
        dataSource = postgres.dataSource();
        this.apifon = apifon;
        seed = new DefaultCamelContext();
        bindSimulator(seed);
        seed.start();
        producer = seed.createProducerTemplate();
        WriteResult list = producer.requestBody("apifon:lists?operation=create",
                Map.of("title", "Scale-out", "type", "ADVANCED", "prefix", "+30"), WriteResult.class);
        listId = list.getId();
        addSubscribers(1, ITEMS);
    }

    @AfterEach
    void tearDown() {
        nodes.values().forEach(CamelContext::stop);
        if (seed != null) {
            seed.stop();
        }
    }

    @Test
    void twoNodesProcessEverySubscriberExactlyOnceAndTheFollowerFinishesWhenTheLeaderStops() throws Exception {
        AtomicBoolean leaderStopped = new AtomicBoolean();
        startNode("node-a", leaderStopped);
        startNode("node-b", leaderStopped);

        await("every subscriber processed", () -> completed.size() == ITEMS);
        assertThat(leaderStopped).as("the leader was stopped mid-walk").isTrue();

        // the survivor keeps polling: a few more walks over the whole list add nothing
        int requests = apifon.wireMock().getAllServeEvents().size();
        await("more polls", () -> apifon.wireMock().getAllServeEvents().size() >= requests + 3 * PAGES);

        assertThat(completed).hasSize(ITEMS);
        assertThat(completed.values()).as("every subscriber exactly once").allMatch(count -> count.get() == 1);
        assertThat(mostInRouteAtOnce.get()).as("never two nodes polling at once").isEqualTo(1);
        String first = nodeOfEach.get(0);
        String second = first.equals("node-a") ? "node-b" : "node-a";
        // the leader finishes the item it is on when told to stop, then the other node takes over from the cursor
        int handover = nodeOfEach.indexOf(second);
        assertThat(handover).as("the leader stopped mid-walk").isBetween(STOP_LEADER_AFTER, ITEMS - 1);
        assertThat(nodeOfEach.subList(0, handover)).as("the first leader until it stopped").containsOnly(first);
        assertThat(nodeOfEach.subList(handover, ITEMS)).as("then only the other node").containsOnly(second);
        assertThat(nodes.get(first).isStopped()).isTrue();

        // the stopped node comes back as a follower; the other stops; the returning node resumes from the shared
        // cursor: only what was added since is new
        nodes.remove(first);
        startNode(first, new AtomicBoolean(true));
        addSubscribers(ITEMS + 1, ITEMS + 3);
        await("the new subscribers, on the running leader", () -> completed.size() == ITEMS + 3);
        nodes.remove(second).stop();
        addSubscribers(ITEMS + 4, ITEMS + 6);
        await("the newest subscribers, on the node that came back", () -> completed.size() == ITEMS + 6);
        int before = apifon.wireMock().getAllServeEvents().size();
        await("more polls", () -> apifon.wireMock().getAllServeEvents().size() >= before + 6);

        assertThat(completed).hasSize(ITEMS + 6);
        assertThat(completed.values()).as("every subscriber exactly once").allMatch(count -> count.get() == 1);
        assertThat(mostInRouteAtOnce.get()).isEqualTo(1);
        assertThat(nodeOfEach.subList(ITEMS, ITEMS + 3)).containsOnly(second);
        assertThat(nodeOfEach.subList(ITEMS + 3, ITEMS + 6)).containsOnly(first);
    }

    private void startNode(String name, AtomicBoolean leaderStopped) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName(name);

        // leadership: every node points the file-lock cluster service at the same directory
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(lockDirectory.toString());
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        camel.addService(cluster);

        // state: the cursor and the ids in PostgreSQL, shared by the nodes
        JdbcStateRepository state = new JdbcStateRepository(dataSource, STATE_TABLE);
        JdbcMessageIdRepository ids = new JdbcMessageIdRepository(dataSource, "apifon-subscribers-" + listId);
        ids.setTableName(IDS_TABLE);
        camel.getRegistry().bind("consumerState", state);
        camel.getRegistry().bind("consumerIds", ids);

        bindSimulator(camel);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:apifon-subscribers:apifon:subscribers?listId=" + listId + "&pageSize=" + PAGE_SIZE
                     + "&delay=100&stateRepository=#consumerState&idempotentRepository=#consumerIds"
                     + "&stateKey=apifon-subscribers-" + listId)
                        .routeId("subscribers")
                        .process(exchange -> {
                            int now = inRoute.incrementAndGet();
                            mostInRouteAtOnce.accumulateAndGet(now, Math::max);
                            try {
                                Thread.sleep(10); // some work; an interrupt here fails the item, as a real one would
                                String id = exchange.getMessage().getHeader(ApifonConstants.ITEM_ID, String.class);
                                completed.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                                nodeOfEach.add(name);
                                if (nodeOfEach.size() == STOP_LEADER_AFTER && leaderStopped.compareAndSet(false, true)) {
                                    // the leader goes away mid-walk, as at a redeploy: Camel stops it gracefully
                                    new Thread(camel::stop, "stop-" + name).start();
                                }
                            } finally {
                                inRoute.decrementAndGet();
                            }
                        });
            }
        });
        nodes.put(name, camel);
        camel.start();
    }

    private void bindSimulator(CamelContext camel) {
        ApifonFixtures.bindSimulator(camel, apifon);
    }

    private void addSubscribers(int from, int to) {
        for (int i = from; i <= to; i++) {
            producer.sendBodyAndHeader("apifon:subscribers?operation=add",
                    Map.of("destination", String.format("+3069900%05d", i)), ApifonConstants.LIST_ID, listId);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }
}
