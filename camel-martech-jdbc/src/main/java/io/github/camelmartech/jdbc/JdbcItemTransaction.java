package io.github.camelmartech.jdbc;

import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.apache.camel.Exchange;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One consumer item in one JDBC transaction on a DataSource, for the repositories' {@code transacted} mode.
 *
 * <p>spring-jdbc's transaction manager (a plain object here, no Spring context), because everything that should join
 * the transaction already finds it through Spring's thread-bound connection: camel-sql's {@code sql:} producer and
 * its {@code JdbcMessageIdRepository} (JdbcTemplate, TransactionTemplate with PROPAGATION_REQUIRED), a user's
 * {@code JdbcTemplate} or {@code DataSourceUtils}, and {@link JdbcStateRepository}. A transaction already open on the
 * thread for the same DataSource (Camel's {@code transacted()}, another repository) is joined, not nested.
 */
final class JdbcItemTransaction {

    private final TransactionTemplate template;

    JdbcItemTransaction(DataSource dataSource) {
        JdbcTransactionManager manager = new JdbcTransactionManager(dataSource);
        manager.afterPropertiesSet();
        this.template = new TransactionTemplate(manager);
    }

    <T> T run(Exchange exchange, Callable<T> work) throws Exception {
        // a transacted exchange is routed on the calling thread, which holds the transaction
        exchange.getExchangeExtension().setTransacted(true);
        try {
            return template.execute(status -> {
                try {
                    return work.call();
                } catch (Exception e) {
                    throw new WorkFailed(e); // a runtime exception makes the template roll back
                }
            });
        } catch (WorkFailed failed) {
            throw (Exception) failed.getCause();
        }
    }

    private static final class WorkFailed extends RuntimeException {
        WorkFailed(Exception cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
