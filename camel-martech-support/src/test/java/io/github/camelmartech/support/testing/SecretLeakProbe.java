package io.github.camelmartech.support.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.slf4j.LoggerFactory;

/**
 * Watches everything a test's secrets could leak through: every log line while it is open (Camel and the
 * connectors at DEBUG, HttpClient's headers and wire loggers at DEBUG), with the stack traces logged, plus whatever
 * the test hands it (exception chains, endpoint URIs, health-check details). {@link #assertNoLeak()} fails, naming
 * the secret and the place but not the value, when one appears in any of its forms (see {@link Secrets}).
 */
public final class SecretLeakProbe implements AutoCloseable {

    public static final String HTTP_HEADERS_LOGGER = "org.apache.hc.client5.http.headers";
    public static final String HTTP_WIRE_LOGGER = "org.apache.hc.client5.http.wire";
    private static final List<String> DEBUG_LOGGERS = List.of("org.apache.camel", "io.github.camelmartech",
            "org.apache.hc.client5.http", HTTP_HEADERS_LOGGER, HTTP_WIRE_LOGGER);

    private final Secrets secrets;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Map<Logger, Level> savedLevels = new LinkedHashMap<>();
    private final Map<String, String> observed = new LinkedHashMap<>();

    private SecretLeakProbe(Secrets secrets) {
        this.secrets = secrets;
    }

    /** Starts capturing; close it (try-with-resources) to restore the log levels. */
    public static SecretLeakProbe watching(Secrets secrets) {
        return watching(secrets, Level.DEBUG);
    }

    /**
     * Starts capturing with Camel's own loggers at {@code camelLevel} (the connectors and HttpClient at DEBUG):
     * INFO is what a user of Camel Main sees; at DEBUG Camel Main itself prints every property it sets on a bean,
     * whatever the component.
     */
    public static SecretLeakProbe watching(Secrets secrets, Level camelLevel) {
        SecretLeakProbe probe = new SecretLeakProbe(secrets);
        for (String name : DEBUG_LOGGERS) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            probe.savedLevels.put(logger, logger.getLevel());
            logger.setLevel(name.equals("org.apache.camel") ? camelLevel : Level.DEBUG);
        }
        probe.appender.start();
        probe.root.addAppender(probe.appender);
        return probe;
    }

    /** Adds a text to check: {@code what} names it in a failure. */
    public SecretLeakProbe observe(String what, Object value) {
        observed.merge(what, String.valueOf(value), (a, b) -> a + "\n" + b);
        return this;
    }

    /**
     * Starts a route from {@code consumerUri} (a consumer whose polls fail), waits until its health check reports DOWN,
     * observes the check's details, message and error, then removes the route.
     */
    public SecretLeakProbe observeConsumerHealth(CamelContext context, String consumerUri) throws Exception {
        String routeId = "secret-leak-probe-polled";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri).routeId(routeId).to("mock:secret-leak-probe");
            }
        });
        HealthCheck.Result down = HealthChecks.awaitConsumerDown(context, routeId);
        observe("health-check details", down.getDetails()).observe("health-check message", down.getMessage());
        observe("health-check error", down.getError().orElseThrow());
        context.getRouteController().stopRoute(routeId);
        context.removeRoute(routeId);
        return this;
    }

    /** Observes what Camel shows of every endpoint of the context and of its routes. */
    public SecretLeakProbe observeEndpoints(CamelContext context) {
        for (Endpoint endpoint : context.getEndpoints()) {
            // getEndpointUri() is the raw URI by Camel's design (the registry key); what Camel shows is toString()
            observe("endpoint toString", endpoint).observe("endpoint base URI", endpoint.getEndpointBaseUri());
        }
        return observe("route endpoints", context.getRoutes().stream().map(r -> r.getEndpoint().toString()).toList());
    }

    /** Adds an exception: the message and type of every cause, and its stack trace as it would be printed. */
    public SecretLeakProbe observe(String what, Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t).append('\n');
        }
        java.io.StringWriter trace = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(trace));
        return observe(what, text.append(trace));
    }

    /** Every captured log line, formatted, with its logger name and the stack trace logged with it. */
    public synchronized List<String> logLines() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : new ArrayList<>(appender.list)) {
            lines.add(e.getLoggerName() + " " + e.getLevel() + " " + e.getFormattedMessage()
                      + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())));
        }
        return lines;
    }

    /** Log lines of loggers whose name starts with {@code prefix}: to check the capture saw what it should. */
    public List<String> logLinesOf(String prefix) {
        return logLines().stream().filter(l -> l.startsWith(prefix)).toList();
    }

    /** Fails when a secret, in any form, is in a log line or an observed text. */
    public void assertNoLeak() {
        List<String> leaks = new ArrayList<>();
        List<String> lines = logLines();
        for (int i = 0; i < lines.size(); i++) {
            String logger = lines.get(i).substring(0, lines.get(i).indexOf(' '));
            for (String secret : secrets.foundIn(lines.get(i))) {
                leaks.add(secret + " in log line " + i + " of " + logger);
            }
        }
        observed.forEach((what, text) -> secrets.foundIn(text).forEach(secret -> leaks.add(secret + " in " + what)));
        if (!leaks.isEmpty()) {
            throw new AssertionError("secrets leaked (values not shown): " + leaks);
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        savedLevels.forEach(Logger::setLevel);
    }
}
