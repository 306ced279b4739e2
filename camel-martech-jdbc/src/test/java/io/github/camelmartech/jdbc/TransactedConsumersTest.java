package io.github.camelmartech.jdbc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camelmartech.apifon.ApifonConstants;
import io.github.camelmartech.sandbox.apifon.ApifonSandbox;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repositories' transacted mode in one JVM: a route that inserts a row, then fails once. Transacted, the failed
 * attempt's insert is rolled back with the cursor or claim, so every item has one row; in the default mode the insert
 * of the failed attempt stays and the retried item has two (the documented at-least-once of a failing route).
 */
@ApifonSandbox
class TransactedConsumersTest {

    private static final String EFFECTS = "tx_effects";
    private static final String STATE = "tx_state";
    private static final String IDS = "tx_ids";
    private static final int SUBSCRIBERS = 7;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private HikariDataSource dataSource;
    private CamelContext camel;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    /** Items whose route already failed once. */
    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void database() throws Exception {
        PostgresDatabase postgres = PostgresDatabase.get();
        postgres.drop(EFFECTS, STATE, IDS);
        dataSource = postgres.pool("tx-test", 4);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + EFFECTS + " (item VARCHAR(100) NOT NULL)");
        }
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("db", dataSource);
    }

    @AfterEach
    void close() {
        camel.stop();
        dataSource.close();
    }

    @ParameterizedTest(name = "transacted={0}")
    @ValueSource(booleans = { false, true })
    void pollingConsumerRouteFailingAfterItsInsert(boolean transacted, ApifonSimulator apifon) throws Exception {
        JdbcStateRepository state = new JdbcStateRepository(dataSource, STATE);
        state.setTransacted(transacted);
        JdbcIdempotentRepository ids = new JdbcIdempotentRepository(dataSource, "subscribers");
        ids.setTableName(IDS);
        ids.setTransacted(transacted);
        camel.getRegistry().bind("state", state);
        camel.getRegistry().bind("ids", ids);
        ApifonFixtures.bindSimulator(camel, apifon);
        camel.start();
        String listId = ApifonFixtures.listWithSubscribers(camel.createProducerTemplate(), "Transacted", SUBSCRIBERS);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("apifon:subscribers?listId=" + listId + "&pageSize=3&delay=50&stateKey=subscribers"
                     + "&stateRepository=#state&idempotentRepository=#ids")
                        .to("sql:INSERT INTO " + EFFECTS + " (item) VALUES (:#${header.CamelApifonItemId})?dataSource=#db")
                        // the fourth subscriber the route sees fails, the first time
                        .process(exchange -> failOnceFor(exchange, seen.add(exchange.getMessage()
                                .getHeader(ApifonConstants.ITEM_ID, String.class)) && seen.size() == 4));
            }
        });

        Await.until("every subscriber inserted", PATIENCE, () -> effects().size() == SUBSCRIBERS);
        int requests = apifon.wireMock().getAllServeEvents().size();
        Await.until("two more walks", PATIENCE,
                () -> apifon.wireMock().getAllServeEvents().size() >= requests + 2 * (SUBSCRIBERS / 3 + 1));
        camel.getRouteController().stopAllRoutes();

        assertThat(failedOnce).hasSize(1);
        Map<String, Integer> rows = effects();
        assertThat(rows).hasSize(SUBSCRIBERS);
        assertThat(rows.values().stream().mapToInt(Integer::intValue).sum())
                .as(transacted ? "the failed attempt's insert was rolled back" : "the failed attempt's insert stayed")
                .isEqualTo(transacted ? SUBSCRIBERS : SUBSCRIBERS + 1);
        assertThat(state.getState("subscribers")).as("the cursor was written").contains("watermark");
    }

    @ParameterizedTest(name = "transacted={0}")
    @ValueSource(booleans = { false, true })
    void webhookConsumerRouteFailingAfterItsInsert(boolean transacted) throws Exception {
        JdbcIdempotentRepository ids = new JdbcIdempotentRepository(dataSource, "callbacks");
        ids.setTableName(IDS);
        ids.setTransacted(transacted);
        camel.getRegistry().bind("ids", ids);
        int port = AvailablePortFinder.getNextAvailable();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                restConfiguration().component("undertow").host("127.0.0.1").port(port);
                from("webhook:apifon:callbacks?webhookAutoRegister=false&webhookPath=/apifon&idempotentRepository=#ids")
                        .to("sql:INSERT INTO " + EFFECTS + " (item) VALUES (:#${header.CamelApifonMessageId})?dataSource=#db")
                        .process(exchange -> failOnceFor(exchange, "m-2".equals(
                                exchange.getMessage().getHeader(ApifonConstants.MESSAGE_ID, String.class))));
            }
        });
        camel.start();
        String batch = "{\"type\":\"SMS\",\"request_id\":\"r-1\",\"data\":[" + report("m-1") + "," + report("m-2") + ","
                       + report("m-3") + "]}";

        assertThat(post(port, batch).statusCode()).as("the route failed on m-2: Apifon will re-send").isEqualTo(500);
        HttpResponse<String> resent = post(port, batch);
        HttpResponse<String> resentAgain = post(port, batch);

        assertThat(resent.body()).isEqualTo("{\"received\":3,\"duplicates\":1}");
        assertThat(resentAgain.body()).isEqualTo("{\"received\":3,\"duplicates\":3}");
        assertThat(effects()).as(transacted ? "m-2's failed insert was rolled back" : "m-2's failed insert stayed")
                .isEqualTo(Map.of("m-1", 1, "m-2", transacted ? 1 : 2, "m-3", 1));
    }

    private void failOnceFor(Exchange exchange, boolean failing) {
        if (failing && failedOnce.add(exchange.getMessage().getHeader(ApifonConstants.ITEM_ID, "callback", String.class))) {
            throw new IllegalStateException("the route fails after its insert, once");
        }
    }

    private static String report(String messageId) {
        return "{\"from\":\"Apifon\",\"to\":\"306999999999\",\"message_id\":\"" + messageId + "\","
               + "\"status\":{\"code\":7,\"text\":\"delivered\"},\"timestamp\":1517922078}";
    }

    private static HttpResponse<String> post(int port, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/apifon"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, Integer> effects() throws Exception {
        Map<String, Integer> rows = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT item, count(*) FROM " + EFFECTS + " GROUP BY item")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getInt(2));
            }
        }
        return rows;
    }
}
