package io.github.camelmartech.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JdbcStateRepository against a real PostgreSQL, with its ON CONFLICT upsert and with the portable one. */
class JdbcStateRepositoryTest {

    private static final String TABLE = "martech_state_test";

    private PostgresDatabase postgres;
    private DataSource dataSource;

    @BeforeEach
    void emptyDatabase() throws Exception {
        postgres = PostgresDatabase.get();
        postgres.drop(TABLE);
        dataSource = postgres.dataSource();
    }

    private JdbcStateRepository start(JdbcStateRepository.Upsert upsert) {
        JdbcStateRepository repository = new JdbcStateRepository(dataSource, TABLE);
        repository.setUpsert(upsert);
        repository.start();
        return repository;
    }

    @ParameterizedTest
    @EnumSource(value = JdbcStateRepository.Upsert.class, names = { "AUTO", "PORTABLE" })
    void createsItsTableThenReadsWritesOverwritesAndDeletes(JdbcStateRepository.Upsert upsert) {
        JdbcStateRepository repository = start(upsert);
        assertThat(repository.isPostgresUpsert()).isEqualTo(upsert == JdbcStateRepository.Upsert.AUTO);

        assertThat(repository.getState("apifon:subscribers?listId=1")).isNull();
        repository.setState("apifon:subscribers?listId=1", "{\"watermark\":\"2024-01-01T00:00:00Z\"}");
        repository.setState("apifon:subscribers?listId=2", "other");
        repository.setState("apifon:subscribers?listId=1", "{\"watermark\":\"2024-01-02T00:00:00Z\"}");

        assertThat(repository.getState("apifon:subscribers?listId=1")).isEqualTo("{\"watermark\":\"2024-01-02T00:00:00Z\"}");
        assertThat(repository.getState("apifon:subscribers?listId=2")).isEqualTo("other");
        assertThat(rows()).as("one row per key").isEqualTo(2);

        repository.setState("apifon:subscribers?listId=2", null);
        assertThat(repository.getState("apifon:subscribers?listId=2")).isNull();
        assertThat(rows()).isEqualTo(1);
        repository.stop();
    }

    @ParameterizedTest
    @EnumSource(value = JdbcStateRepository.Upsert.class, names = { "AUTO", "PORTABLE" })
    void anotherInstanceOnTheSameTableSeesTheStateAsAnotherNodeWould(JdbcStateRepository.Upsert upsert) {
        JdbcStateRepository first = start(upsert);
        first.setState("cursor", "v1");
        first.stop();

        JdbcStateRepository second = start(upsert);
        assertThat(second.getState("cursor")).isEqualTo("v1");
        second.setState("cursor", "v2");
        assertThat(first.getState("cursor")).isEqualTo("v2");
    }

    @ParameterizedTest
    @EnumSource(value = JdbcStateRepository.Upsert.class, names = { "AUTO", "PORTABLE" })
    void concurrentWritersOfOneNewKeyLeaveOneRowAndNoError(JdbcStateRepository.Upsert upsert) throws Exception {
        JdbcStateRepository repository = start(upsert);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String value = "writer-" + i;
                writers.add(() -> {
                    repository.setState("contended", value);
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(repository.getState("contended")).startsWith("writer-");
        assertThat(rows()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = JdbcStateRepository.Upsert.class, names = { "AUTO", "PORTABLE" })
    void withoutTableCreationAMissingTableIsAClearError(JdbcStateRepository.Upsert upsert) {
        JdbcStateRepository repository = new JdbcStateRepository(dataSource, TABLE);
        repository.setUpsert(upsert);
        repository.setCreateTableIfNotExists(false);
        repository.start();
        assertThatThrownBy(() -> repository.setState("k", "v"))
                .isInstanceOf(RuntimeCamelException.class)
                .hasMessageContaining("Cannot write the state of k in table " + TABLE);
    }

    @Test
    void aTableNameThatIsNotAnIdentifierIsRefused() {
        JdbcStateRepository repository = new JdbcStateRepository(dataSource, "state; DROP TABLE x");
        assertThatThrownBy(repository::start).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tableName must be an SQL identifier (optionally schema.table), not state; DROP TABLE x");
    }

    private int rows() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + TABLE)) {
            r.next();
            return r.getInt(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
