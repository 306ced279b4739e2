package io.github.camelmartech.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.camelmartech.support.json.MarTechJson;

/**
 * A stand-in API for the internal test component, in process on a free loopback port: keeps created items, pages
 * them by {@code links.next}, and answers 401 to a wrong key. The vendor simulators of camel-martech-sandbox take
 * over when the vendor components land.
 */
final class DemoApi implements AutoCloseable {

    private final HttpServer server;
    private final String apiKey;
    private final List<ObjectNode> items = new ArrayList<>();

    DemoApi(String apiKey) throws IOException {
        this.apiKey = apiKey;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/items", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        if (!apiKey.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
            respond(exchange, 401, "{\"message\":\"invalid API key\"}");
            return;
        }
        if (exchange.getRequestMethod().equals("POST")) {
            JsonNode body = MarTechJson.mapper().readTree(exchange.getRequestBody());
            ObjectNode item = MarTechJson.mapper().createObjectNode();
            item.put("id", "item-" + (items.size() + 1));
            item.put("name", body.path("name").asText());
            item.put("updated", Instant.ofEpochSecond(1_790_000_000L + items.size()).toString());
            items.add(item);
            respond(exchange, 201, item.toString());
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        int size = Integer.parseInt(param(query, "size", "2"));
        int page = Integer.parseInt(param(query, "page", "1"));
        ObjectNode result = MarTechJson.mapper().createObjectNode();
        ArrayNode results = result.putArray("results");
        items.stream().skip((long) (page - 1) * size).limit(size).forEach(results::add);
        boolean more = page * size < items.size();
        result.putObject("links").put("next", more ? baseUrl() + "/v1/items?size=" + size + "&page=" + (page + 1) : "");
        result.putObject("meta").put("total", items.size());
        respond(exchange, 200, result.toString());
    }

    private static String param(String query, String name, String fallback) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
        }
        return fallback;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
