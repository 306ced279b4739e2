package io.github.camelmartech.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/**
 * The application the crash drills kill: Camel Main in its own JVM, one route, the consumer's state and the route's
 * effect (a row per item) in PostgreSQL. {@link CrashDrillTest} starts it with the test class path and system
 * properties, kills it with SIGKILL and starts it again.
 *
 * <ul>
 * <li>{@code drill.kind=subscribers}: {@code apifon:subscribers} on the parent's simulator, cursor in
 * {@link JdbcStateRepository}, keys in {@link JdbcIdempotentRepository}; the route inserts the subscriber's id, then
 * works a little longer (the window between the effect and the cursor where a kill repeats an item).</li>
 * <li>{@code drill.kind=callbacks}: {@code webhook:apifon:callbacks} on {@code drill.port}, keys claimed in
 * {@link JdbcIdempotentRepository}; the route inserts the report's message id.</li>
 * </ul>
 * With {@code drill.transacted=true} the repositories run each item in one transaction, which the route's insert
 * joins (camel-sql on the same DataSource).
 */
public final class CrashNode {

    static final String SUBSCRIBERS = "subscribers";
    static final String CALLBACKS = "callbacks";
    static final String EFFECTS_TABLE = "crash_effects";
    static final String STATE_TABLE = "crash_state";
    static final String IDS_TABLE = "crash_ids";
    /** Work after the route's effect, in milliseconds: a kill there repeats the item unless transacted. */
    static final int WORK_AFTER_EFFECT = 15;

    private CrashNode() {
    }

    public static void main(String[] args) throws Exception {
        String kind = required("drill.kind");
        String run = required("drill.run");
        boolean transacted = Boolean.getBoolean("drill.transacted");
        HikariDataSource db = PostgresDatabase.pool(required("drill.db.url"), System.getProperty("drill.db.user"),
                System.getenv("MARTECH_POSTGRES_PASSWORD"), "crash-node", 10);

        Main main = new Main();
        // an orphan (its drill died) ends itself
        main.configure().setDurationMaxSeconds(Integer.getInteger("drill.maxSeconds", 300));
        main.bind("db", db);
        JdbcIdempotentRepository ids = new JdbcIdempotentRepository(db, run);
        ids.setTableName(IDS_TABLE);
        ids.setTransacted(transacted);
        main.bind("ids", ids);
        // the effect: one row per item the route completed, in the same database as the consumer's state
        String effect = "sql:INSERT INTO " + EFFECTS_TABLE + " (run, item) VALUES ('" + run + "', :#${header.%s})"
                        + "?dataSource=#db";

        if (SUBSCRIBERS.equals(kind)) {
            JdbcStateRepository state = new JdbcStateRepository(db, STATE_TABLE);
            state.setTransacted(transacted);
            main.bind("state", state);
            main.addInitialProperty("camel.component.apifon.baseUrl", required("drill.apifon.baseUrl"));
            main.addInitialProperty("camel.component.apifon.apiToken", required("drill.apifon.token"));
            main.addInitialProperty("camel.component.apifon.apiSecret", required("drill.apifon.secret"));
            String listId = required("drill.apifon.listId");
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("apifon:subscribers?listId=" + listId + "&pageSize=4&delay=20&initialDelay=0&stateKey=" + run
                         + "&stateRepository=#state&idempotentRepository=#ids")
                            .routeId("walk")
                            .to(String.format(effect, "CamelApifonItemId"))
                            .process(exchange -> Thread.sleep(WORK_AFTER_EFFECT));
                }
            });
        } else if (CALLBACKS.equals(kind)) {
            int port = Integer.parseInt(required("drill.port"));
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    restConfiguration().component("undertow").host("127.0.0.1").port(port);
                    from("webhook:apifon:callbacks?webhookAutoRegister=false&webhookPath=/apifon"
                         + "&idempotentRepository=#ids")
                            .routeId("callbacks")
                            .to(String.format(effect, "CamelApifonMessageId"))
                            .process(exchange -> Thread.sleep(WORK_AFTER_EFFECT));
                }
            });
        } else {
            throw new IllegalArgumentException("drill.kind must be " + SUBSCRIBERS + " or " + CALLBACKS + ", not " + kind);
        }
        main.run();
        db.close();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("system property " + property + " is required");
        }
        return value;
    }
}
