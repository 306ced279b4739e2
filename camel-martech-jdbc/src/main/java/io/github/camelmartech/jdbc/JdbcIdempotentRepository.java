package io.github.camelmartech.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import io.github.camelmartech.support.consumer.TransactedRepository;
import org.apache.camel.Exchange;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.dao.DuplicateKeyException;

/**
 * camel-sql's {@link JdbcMessageIdRepository} made safe for several nodes claiming the same key at once, and able to
 * run a consumer's item in one transaction with the key.
 *
 * <p>camel-sql's {@code add} counts the key, then inserts it, and answers "added" whatever the insert did. Two nodes
 * adding the same key at the same moment both count 0 and both insert: the second insert fails on the table's
 * primary key and {@code add} throws (a webhook answers 500, a polling item fails), or, on a table created without
 * the key, both succeed and two routes run. Here the insert is {@code ON CONFLICT DO NOTHING} on PostgreSQL (a
 * duplicate key error elsewhere) and {@code add} answers whether a row was inserted: the second node waits for the
 * first one's transaction, then gets {@code false}, so exactly one claim wins. A table without a primary key or
 * unique index on {@code (processorName, messageId)} (created by an old camel-sql) is reported at start: add it with
 * {@code ALTER TABLE CAMEL_MESSAGEPROCESSED ADD PRIMARY KEY (processorName, messageId)}.
 *
 * <p>With {@code transacted=true}, a webhook consumer whose {@code idempotentRepository} this is claims the key,
 * runs the route and confirms in one transaction on the DataSource (a polling consumer: runs the route, then writes
 * the key and its cursor). The claim stays uncommitted while the route runs: a node that dies releases it (the
 * database rolls it back), so the vendor's re-send is processed instead of dropped, and another node receiving the
 * same item waits for the outcome. The route's own JDBC writes to that DataSource commit with the key. Each item in
 * flight holds a connection for its route's duration: size the pool for the concurrent callbacks.
 */
@ManagedResource(description = "JDBC idempotent repository with atomic claims")
public class JdbcIdempotentRepository extends JdbcMessageIdRepository implements TransactedRepository {

    private static final String TABLE = "CAMEL_MESSAGEPROCESSED";

    private boolean transacted;
    private volatile JdbcItemTransaction transaction;
    private volatile boolean postgres;

    public JdbcIdempotentRepository() {
    }

    public JdbcIdempotentRepository(DataSource dataSource, String processorName) {
        super(dataSource, processorName);
        setDataSource(dataSource);
    }

    @Override
    protected void doInit() throws Exception {
        DataSource dataSource = dataSource();
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            postgres = product != null && product.toLowerCase(Locale.ROOT).contains("postgresql");
        }
        // the default statement (camel-sql puts the table name in at init); a user's own is left as it is
        boolean defaultInsert = getInsertString().startsWith("INSERT INTO " + TABLE + " ")
                                && !getInsertString().contains("ON CONFLICT");
        if (postgres && defaultInsert) {
            setInsertString(getInsertString() + " ON CONFLICT DO NOTHING");
        }
        super.doInit();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        String table = getTableName() != null ? getTableName() : TABLE;
        if (!hasUniqueKey(dataSource(), table)) {
            log.warn("Table {} has no primary key or unique index on (processorName, messageId): two nodes adding the"
                     + " same key at once may both succeed. Add it: ALTER TABLE {} ADD PRIMARY KEY (processorName,"
                     + " messageId)", table, table);
        }
        transaction = transacted ? new JdbcItemTransaction(dataSource()) : null;
    }

    /** Whether the key was inserted now: false when it was there, or another node inserted it first. */
    @Override
    @ManagedOperation(description = "Adds the key to the store")
    public boolean add(String key) {
        return Boolean.TRUE.equals(getTransactionTemplate().execute(status -> queryForInt(key) == 0 && insert(key) > 0));
    }

    @Override
    protected int insert(String key) {
        try {
            return super.insert(key); // 0 on PostgreSQL when another node holds the key
        } catch (DuplicateKeyException e) {
            return 0; // another node inserted it between our count and our insert
        }
    }

    /** With {@code transacted}, runs a consumer's item (claim or record of the key, and the route) in one transaction. */
    @Override
    public <T> T inTransaction(Exchange exchange, Callable<T> work) throws Exception {
        JdbcItemTransaction tx = transaction;
        return tx == null ? work.call() : tx.run(exchange, work);
    }

    private DataSource dataSource() {
        DataSource dataSource = getDataSource() != null ? getDataSource()
                : getJdbcTemplate() != null ? getJdbcTemplate().getDataSource() : null;
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcIdempotentRepository needs a dataSource (or a jdbcTemplate)");
        }
        return dataSource;
    }

    /** Whether an index that is unique covers exactly processorName and messageId (any letter case of the names). */
    static boolean hasUniqueKey(DataSource dataSource, String table) throws SQLException {
        String schema = null;
        String name = table;
        int dot = table.indexOf('.');
        if (dot > 0) {
            schema = table.substring(0, dot);
            name = table.substring(dot + 1);
        }
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String candidate : new LinkedHashSet<>(List.of(name, name.toLowerCase(Locale.ROOT),
                    name.toUpperCase(Locale.ROOT)))) {
                Map<String, Set<String>> columnsByIndex = new HashMap<>();
                try (ResultSet rows = meta.getIndexInfo(null, schema, candidate, true, true)) {
                    while (rows.next()) {
                        String index = rows.getString("INDEX_NAME");
                        String column = rows.getString("COLUMN_NAME");
                        if (index != null && column != null) {
                            columnsByIndex.computeIfAbsent(index, k -> new HashSet<>())
                                    .add(column.toLowerCase(Locale.ROOT));
                        }
                    }
                }
                if (columnsByIndex.values().contains(Set.of("processorname", "messageid"))) {
                    return true;
                }
            }
        }
        return false;
    }

    @ManagedAttribute(description = "Whether each item of a consumer runs in one transaction with its key")
    public boolean isTransacted() {
        return transacted;
    }

    /**
     * Whether a consumer using this repository runs each item in one transaction on the DataSource with the key's
     * claim or record; false by default (each write commits on its own).
     */
    public void setTransacted(boolean transacted) {
        this.transacted = transacted;
    }

    @ManagedAttribute(description = "Whether inserts use PostgreSQL's ON CONFLICT DO NOTHING")
    public boolean isPostgresInsert() {
        return postgres;
    }
}
