package io.github.camelmartech.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real PostgreSQL server the tests use, one per JVM.
 *
 * <ol>
 * <li>{@code MARTECH_POSTGRES_URL} (with {@code MARTECH_POSTGRES_USER}, {@code MARTECH_POSTGRES_PASSWORD}) set, as
 * {@code .ci/run} does: that server.</li>
 * <li>Else PostgreSQL's binaries on this machine: a throw-away server started with {@code .ci/postgres.sh} (loopback,
 * free port, temporary directory), stopped and deleted when the JVM exits.</li>
 * <li>Else the test is skipped, unless {@code MARTECH_REQUIRE_POSTGRES=true} (CI), where it fails.</li>
 * </ol>
 */
final class PostgresDatabase {

    private static PostgresDatabase instance;
    private static String unavailable;

    private final String url;
    private final String user;
    private final String password;

    private PostgresDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The server, or the test is aborted (skipped) or failed when there is none. */
    static synchronized PostgresDatabase get() {
        if (instance == null && unavailable == null) {
            try {
                instance = locate();
            } catch (Exception e) {
                unavailable = e.getMessage();
            }
        }
        if (instance != null) {
            return instance;
        }
        String why = "no PostgreSQL server: " + unavailable;
        if ("true".equalsIgnoreCase(System.getenv("MARTECH_REQUIRE_POSTGRES"))) {
            throw new IllegalStateException(why + " (MARTECH_REQUIRE_POSTGRES=true: failing, not skipping)");
        }
        Assumptions.abort(why + "; set MARTECH_POSTGRES_URL or install PostgreSQL to run this test");
        return null; // not reached
    }

    private static PostgresDatabase locate() throws IOException, InterruptedException {
        String url = System.getenv("MARTECH_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            return new PostgresDatabase(url, System.getenv("MARTECH_POSTGRES_USER"),
                    System.getenv("MARTECH_POSTGRES_PASSWORD"));
        }
        String script = System.getProperty("martech.postgresScript");
        if (script == null || !Files.isRegularFile(Path.of(script))) {
            throw new IllegalStateException("MARTECH_POSTGRES_URL is not set and .ci/postgres.sh was not found");
        }
        Process start = new ProcessBuilder("bash", script, "start").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!start.waitFor(90, TimeUnit.SECONDS)) {
            start.destroyForcibly();
            throw new IllegalStateException(".ci/postgres.sh start did not finish");
        }
        if (start.exitValue() == 2) {
            throw new IllegalStateException("MARTECH_POSTGRES_URL is not set and PostgreSQL is not installed");
        }
        if (start.exitValue() != 0) {
            // installed but not startable is a broken machine, not a missing optional tool
            throw new AssertionError(".ci/postgres.sh start failed with exit code " + start.exitValue());
        }
        Map<String, String> env = new HashMap<>();
        for (String line : out.split("\n")) {
            String l = line.strip();
            if (l.startsWith("export ") && l.contains("=")) {
                String assignment = l.substring("export ".length());
                String value = assignment.substring(assignment.indexOf('=') + 1);
                if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                    value = value.substring(1, value.length() - 1);
                }
                env.put(assignment.substring(0, assignment.indexOf('=')), value);
            }
        }
        String dir = env.get("MARTECH_POSTGRES_DIR");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                new ProcessBuilder("bash", script, "stop", dir).inheritIO().start().waitFor(60, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                // the JVM is exiting; the directory is under the temporary directory
            }
        }, "stop-postgres"));
        return new PostgresDatabase(env.get("MARTECH_POSTGRES_URL"), env.get("MARTECH_POSTGRES_USER"), null);
    }

    DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        if (user != null && !user.isBlank()) {
            ds.setUser(user);
        }
        if (password != null && !password.isEmpty()) {
            ds.setPassword(password);
        }
        return ds;
    }

    /** A connection pool on this server, to close after use; as README asks of production set-ups. */
    HikariDataSource pool(String name, int size) {
        return pool(url, user, password, name, size);
    }

    /** A connection pool on a server given by URL (a drill's child JVM gets the parent's server this way). */
    static HikariDataSource pool(String url, String user, String password, String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        if (user != null && !user.isBlank()) {
            config.setUsername(user);
        }
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    /** Drops the tables, so a test starts from an empty database whatever ran before. */
    void drop(String... tables) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }
}
