package io.github.camelmartech.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.github.camelmartech.support.consumer.TransactedRepository;
import org.apache.camel.Exchange;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.ObjectHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A Camel {@link StateRepository} in a database table, so the cursors of polling consumers survive restarts and are
 * shared by every node of a cluster: one row per key ({@code stateKey} of a consumer), written on every advance.
 *
 * <p>Camel 4.18 ships a {@code StateRepository} only in memory and in a local file ({@code MemoryStateRepository},
 * {@code FileStateRepository}); camel-sql has JDBC idempotent and aggregation repositories but no state repository,
 * hence this class. Plain JDBC on a {@link DataSource} (use a pooled one in production); each call is its own
 * statement, committed when the connection is not in auto-commit.
 *
 * <p>Writes are upserts: {@code INSERT ... ON CONFLICT (state_key) DO UPDATE} on PostgreSQL (detected from the
 * connection, or forced with {@link Upsert#POSTGRESQL}), elsewhere an {@code UPDATE} followed by an {@code INSERT}
 * when no row was there (retried as an update if another node inserted the key in between). The table
 * ({@value #DEFAULT_TABLE_NAME} by default) is created at start unless {@code createTableIfNotExists=false}:
 * {@code state_key VARCHAR(1024) PRIMARY KEY, state_value} (TEXT on PostgreSQL, VARCHAR(4000) elsewhere)
 * {@code , updated_at TIMESTAMP}. A {@code null} value deletes the key.
 *
 * <p>Connections are taken through spring-jdbc's {@code DataSourceUtils}, so a write made while a Spring-managed
 * transaction is open on the thread for the same DataSource joins it. With {@code transacted=true} this repository
 * opens that transaction itself for each item of a consumer that uses it as {@code stateRepository}: the route runs
 * in it, then the consumer writes the cursor (and the key, when its {@code idempotentRepository} uses the same
 * DataSource) in it, and it commits once; the route's own JDBC writes to that DataSource (camel-sql's {@code sql:},
 * a {@code JdbcTemplate}) commit or roll back with them. A process killed in between loses and repeats nothing.
 */
@ManagedResource(description = "JDBC state repository")
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String>, TransactedRepository {

    public static final String DEFAULT_TABLE_NAME = "CAMEL_STATE";

    /** How a write becomes an insert-or-update. */
    public enum Upsert {
        /** PostgreSQL's ON CONFLICT when the database says it is PostgreSQL, else PORTABLE. */
        AUTO,
        /** INSERT ... ON CONFLICT (state_key) DO UPDATE (PostgreSQL 9.5+, and compatible databases). */
        POSTGRESQL,
        /** UPDATE, then INSERT when no row was updated: standard SQL for any database. */
        PORTABLE
    }

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStateRepository.class);
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE_NAME;
    private boolean createTableIfNotExists = true;
    private Upsert upsert = Upsert.AUTO;
    private boolean transacted;
    private volatile boolean postgres;
    private volatile JdbcItemTransaction transaction;

    public JdbcStateRepository() {
    }

    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public JdbcStateRepository(DataSource dataSource, String tableName) {
        this.dataSource = dataSource;
        this.tableName = tableName;
    }

    @Override
    protected void doStart() throws Exception {
        ObjectHelper.notNull(dataSource, "dataSource", this);
        if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException("tableName must be an SQL identifier (optionally schema.table), not "
                                               + tableName);
        }
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            postgres = upsert == Upsert.POSTGRESQL
                       || upsert == Upsert.AUTO && product != null
                          && product.toLowerCase(Locale.ROOT).contains("postgresql");
            if (createTableIfNotExists) {
                createTable(connection);
            }
        }
        transaction = transacted ? new JdbcItemTransaction(dataSource) : null;
        LOG.debug("JdbcStateRepository on table {} ({} upsert{})", tableName, postgres ? "PostgreSQL" : "portable",
                transacted ? ", transacted" : "");
    }

    /** With {@code transacted}, runs a consumer's item (route, then cursor) in one transaction on the DataSource. */
    @Override
    public <T> T inTransaction(Exchange exchange, Callable<T> work) throws Exception {
        JdbcItemTransaction tx = transaction;
        return tx == null ? work.call() : tx.run(exchange, work);
    }

    private void createTable(Connection connection) throws SQLException {
        if (tableExists(connection)) {
            return;
        }
        String create = "CREATE TABLE " + (postgres ? "IF NOT EXISTS " : "") + tableName
                        + " (state_key VARCHAR(1024) NOT NULL PRIMARY KEY, state_value "
                        + (postgres ? "TEXT" : "VARCHAR(4000)") + " NOT NULL, updated_at TIMESTAMP NOT NULL)";
        try (Statement statement = connection.createStatement()) {
            statement.execute(create);
            commit(connection);
            LOG.info("Created table {} for the consumer state", tableName);
        } catch (SQLException e) {
            rollback(connection);
            // another node may have created it at the same moment
            if (!tableExists(connection)) {
                throw e;
            }
        }
    }

    private boolean tableExists(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1 FROM " + tableName + " WHERE 1 = 0");
            return true;
        } catch (SQLException e) {
            rollback(connection); // PostgreSQL aborts the transaction on a failed statement
            return false;
        }
    }

    @Override
    @ManagedOperation(description = "Gets the state of a key")
    public String getState(String key) {
        ObjectHelper.notNull(key, "key");
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT state_value FROM " + tableName + " WHERE state_key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                String value = rows.next() ? rows.getString(1) : null;
                commit(connection);
                return value;
            }
        } catch (SQLException e) {
            throw failure("read", key, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @Override
    @ManagedOperation(description = "Sets the state of a key")
    public void setState(String key, String value) {
        ObjectHelper.notNull(key, "key");
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (value == null) {
                delete(connection, key);
            } else if (postgres) {
                upsertPostgres(connection, key, value);
            } else {
                upsertPortable(connection, key, value);
            }
            commit(connection);
        } catch (SQLException e) {
            rollback(connection);
            throw failure("write", key, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void upsertPostgres(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO " + tableName + " (state_key, state_value, updated_at) VALUES (?, ?, ?)"
                                                                     + " ON CONFLICT (state_key) DO UPDATE SET state_value"
                                                                     + " = EXCLUDED.state_value, updated_at"
                                                                     + " = EXCLUDED.updated_at")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.setTimestamp(3, Timestamp.from(Instant.now()));
            upsert.executeUpdate();
        }
    }

    private void upsertPortable(Connection connection, String key, String value) throws SQLException {
        if (update(connection, key, value) > 0) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + tableName + " (state_key, state_value, updated_at) VALUES (?, ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            // class 23 is an integrity constraint violation: another writer inserted the key since our update
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
            rollback(connection);
            if (update(connection, key, value) == 0) {
                throw e;
            }
        }
    }

    private int update(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + tableName + " SET state_value = ?, updated_at = ? WHERE state_key = ?")) {
            update.setString(1, value);
            update.setTimestamp(2, Timestamp.from(Instant.now()));
            update.setString(3, key);
            return update.executeUpdate();
        }
    }

    private void delete(Connection connection, String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + tableName + " WHERE state_key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        }
    }

    /** Commits our own statement; a transaction open on the thread (transacted mode) is committed by its owner. */
    private void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit() && !DataSourceUtils.isConnectionTransactional(connection, dataSource)) {
            connection.commit();
        }
    }

    private void rollback(Connection connection) {
        try {
            if (!connection.getAutoCommit() && !DataSourceUtils.isConnectionTransactional(connection, dataSource)) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.debug("Rollback failed", e);
        }
    }

    private RuntimeCamelException failure(String what, String key, SQLException e) {
        // the key is a consumer's stateKey (an endpoint URI with secrets masked) and the SQL has no values
        return new RuntimeCamelException("Cannot " + what + " the state of " + key + " in table " + tableName
                                         + " (SQLState " + e.getSQLState() + "): " + e.getMessage(), e);
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /** The database; a pooled DataSource in production. */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @ManagedAttribute(description = "The table")
    public String getTableName() {
        return tableName;
    }

    /** The table, optionally schema-qualified; {@value #DEFAULT_TABLE_NAME} by default. */
    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    public boolean isCreateTableIfNotExists() {
        return createTableIfNotExists;
    }

    /** Whether to create the table at start when it is missing; true by default. */
    public void setCreateTableIfNotExists(boolean createTableIfNotExists) {
        this.createTableIfNotExists = createTableIfNotExists;
    }

    @ManagedAttribute(description = "Whether each item of a consumer runs in one transaction with its cursor")
    public boolean isTransacted() {
        return transacted;
    }

    /**
     * Whether a consumer using this repository runs each item (its route, then the cursor and key writes) in one
     * transaction on this DataSource; false by default (the cursor is written after the route, in its own statement).
     */
    public void setTransacted(boolean transacted) {
        this.transacted = transacted;
    }

    public Upsert getUpsert() {
        return upsert;
    }

    /** How writes insert-or-update; AUTO (PostgreSQL's ON CONFLICT when on PostgreSQL, else portable) by default. */
    public void setUpsert(Upsert upsert) {
        this.upsert = upsert;
    }

    @ManagedAttribute(description = "Whether writes use PostgreSQL's INSERT ... ON CONFLICT")
    public boolean isPostgresUpsert() {
        return postgres;
    }
}
