package io.github.camelmartech.kamelets;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.KameletMain;

/**
 * YAML routes run by {@code camel-kamelet-main}, the runtime of Camel JBang's {@code camel run}, with this module's
 * Kamelets from {@code classpath:kamelets}. Nothing is downloaded: the components are on the test class path, as
 * {@code camel run --dep ...} would put them.
 */
final class KameletRun implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String INSTANCE = "camel-martech-kamelets-test";

    private final KameletMain main = new KameletMain(INSTANCE);
    private ProducerTemplate producer;
    private ConsumerTemplate consumer;

    /** Starts the routes of {@code routes} (a resource pattern) with these properties. */
    KameletRun(String routes, Map<String, String> properties) {
        main.setDownload(false);
        // the Apache Kamelet catalog of this Camel version is on the class path: nothing to fetch
        main.addInitialProperty(INSTANCE + ".kameletsVersion", "4.18.0");
        main.addInitialProperty("camel.component.kamelet.location", "classpath:kamelets");
        main.addInitialProperty("camel.main.routesIncludePattern", routes);
        main.addInitialProperty("camel.main.name", "kamelets-" + routes.replaceAll(".*/", ""));
        properties.forEach(main::addInitialProperty);
        main.start();
    }

    CamelContext camel() {
        return main.getCamelContext();
    }

    ProducerTemplate producer() {
        if (producer == null) {
            producer = camel().createProducerTemplate();
        }
        return producer;
    }

    /** Sends a body to a route and reads the JSON it answers. */
    JsonNode requestJson(String endpoint, Object body) throws Exception {
        return JSON.readTree(producer().requestBody(endpoint, body, String.class));
    }

    /** The JSON body of an exchange a route answered. */
    static JsonNode json(Exchange exchange) throws Exception {
        if (exchange.getException() != null) {
            throw exchange.getException();
        }
        return JSON.readTree(exchange.getMessage().getBody(String.class));
    }

    /** The next JSON message a route put on {@code endpoint} (a seda queue), or a failure after {@code timeout}. */
    JsonNode receiveJson(String endpoint, Duration timeout) throws Exception {
        if (consumer == null) {
            consumer = camel().createConsumerTemplate();
        }
        String body = consumer.receiveBody(endpoint, timeout.toMillis(), String.class);
        if (body == null) {
            throw new AssertionError("nothing on " + endpoint + " within " + timeout);
        }
        return JSON.readTree(body);
    }

    @Override
    public void close() {
        main.stop();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    /** Properties that start the HTTP server webhook Kamelets listen on, with TLS from the sandbox's certificate. */
    static Map<String, String> httpsServer(int port) {
        return Map.of("camel.server.enabled", "true", "camel.server.port", Integer.toString(port),
                "camel.server.useGlobalSslContextParameters", "true", "camel.ssl.enabled", "true",
                "camel.ssl.keyStore", "classpath:sandbox-webhook.p12", "camel.ssl.keystorePassword", "sandbox-only",
                "camel.ssl.keyStoreType", "PKCS12");
    }
}
