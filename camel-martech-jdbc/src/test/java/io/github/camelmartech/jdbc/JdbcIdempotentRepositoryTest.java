package io.github.camelmartech.jdbc;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** JdbcIdempotentRepository on a real PostgreSQL: claims that two nodes cannot both win, and the transacted claim. */
class JdbcIdempotentRepositoryTest {

    private static final String TABLE = "martech_ids_test";

    private PostgresDatabase postgres;
    private HikariDataSource dataSource;

    @BeforeEach
    void emptyDatabase() throws Exception {
        postgres = PostgresDatabase.get();
        postgres.drop(TABLE);
        dataSource = postgres.pool("ids-test", 4);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void twoNodesAddingTheSameKeyAtTheSameMomentGetOneTrueAndOneFalseWhereCamelSqlThrows() throws Exception {
        // both nodes count the key (0) before either inserts it: the interleaving that makes camel-sql's add race
        CyclicBarrier bothCounted = new CyclicBarrier(2);
        JdbcMessageIdRepository camelA = started(countingTogether(bothCounted));
        JdbcMessageIdRepository camelB = started(countingTogether(bothCounted));
        assertThat(addAtOnce(camelA, camelB, "dlr:m-1:7")).as("camel-sql: one add wins, the other fails on the key")
                .containsExactlyInAnyOrder("true", "DuplicateKeyException");

        postgres.drop(TABLE);
        JdbcIdempotentRepository oursA = started(oursCountingTogether(bothCounted));
        JdbcIdempotentRepository oursB = started(oursCountingTogether(bothCounted));
        assertThat(oursA.isPostgresInsert()).isTrue();
        assertThat(addAtOnce(oursA, oursB, "dlr:m-1:7")).as("exactly one claim wins, the other is told so")
                .containsExactlyInAnyOrder("true", "false");
        assertThat(oursB.contains("dlr:m-1:7")).isTrue();
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void aTransactedClaimIsHeldUncommittedSoAnotherNodeWaitsAndWinsWhenItIsRolledBack() throws Exception {
        JdbcIdempotentRepository nodeA = new JdbcIdempotentRepository(dataSource, "p");
        nodeA.setTransacted(true);
        started(nodeA);
        JdbcIdempotentRepository nodeB = started(new JdbcIdempotentRepository(dataSource, "p"));
        DefaultExchange exchange = new DefaultExchange(new DefaultCamelContext());

        CompletableFuture<Boolean> otherNode = new CompletableFuture<>();
        Exception failure = null;
        try {
            nodeA.inTransaction(exchange, () -> {
                assertThat(nodeA.add("dlr:m-2:7")).isTrue();
                // node B receives the same report while A's route runs: its claim waits for A's outcome
                CompletableFuture.runAsync(() -> otherNode.complete(nodeB.add("dlr:m-2:7")));
                Thread.sleep(300);
                assertThat(otherNode).as("B waits on A's uncommitted claim").isNotDone();
                throw new IllegalStateException("A dies (its route fails): the claim is rolled back");
            });
        } catch (IllegalStateException e) {
            failure = e;
        }

        assertThat(failure).hasMessageContaining("A dies");
        assertThat(exchange.isTransacted()).as("routed on the thread that holds the transaction").isTrue();
        assertThat(otherNode.get(10, TimeUnit.SECONDS)).as("B claims the key after A's rollback").isTrue();
        assertThat(rows()).isEqualTo(1);
        nodeA.stop();
        nodeB.stop();
    }

    @Test
    void aTableCreatedWithoutTheKeyIsFoundOut() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + TABLE + " (processorName VARCHAR(255), messageId VARCHAR(100), createdAt TIMESTAMP)");
        }
        assertThat(JdbcIdempotentRepository.hasUniqueKey(dataSource, TABLE)).isFalse();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + TABLE + " ADD PRIMARY KEY (processorName, messageId)");
        }
        assertThat(JdbcIdempotentRepository.hasUniqueKey(dataSource, TABLE)).isTrue();
    }

    private static <R extends JdbcMessageIdRepository> R started(R repository) {
        repository.setTableName(TABLE);
        repository.start();
        return repository;
    }

    /** camel-sql's repository whose first count waits until the other node has counted too. */
    private JdbcMessageIdRepository countingTogether(CyclicBarrier bothCounted) {
        AtomicBoolean first = new AtomicBoolean(true);
        return new JdbcMessageIdRepository(dataSource, "p") {
            @Override
            protected int queryForInt(String key) {
                return together(super.queryForInt(key), first, bothCounted);
            }
        };
    }

    private JdbcIdempotentRepository oursCountingTogether(CyclicBarrier bothCounted) {
        AtomicBoolean first = new AtomicBoolean(true);
        return new JdbcIdempotentRepository(dataSource, "p") {
            @Override
            protected int queryForInt(String key) {
                return together(super.queryForInt(key), first, bothCounted);
            }
        };
    }

    private static int together(int count, AtomicBoolean first, CyclicBarrier barrier) {
        if (first.getAndSet(false)) {
            try {
                barrier.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return count;
    }

    /** What two concurrent adds answered: true, false or the exception they threw. */
    private static List<String> addAtOnce(JdbcMessageIdRepository a, JdbcMessageIdRepository b, String key) {
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> a.add(key));
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> b.add(key));
        return List.of(outcome(first), outcome(second));
    }

    private static String outcome(CompletableFuture<Boolean> add) {
        try {
            return add.get(10, TimeUnit.SECONDS).toString();
        } catch (ExecutionException e) {
            return e.getCause().getClass().getSimpleName();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int rows() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM " + TABLE)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
