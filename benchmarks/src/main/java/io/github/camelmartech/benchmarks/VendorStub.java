package io.github.camelmartech.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A minimal in-process Apifon and GetResponse: the JDK HttpServer on loopback (HTTP/1.1 keep-alive), answering an
 * Apifon SMS send with Apifon's documented response, serving Apifon subscriber lists of any size ({@code L10000}
 * has 10,000 subscribers, next links in the body) and GetResponse's contacts ({@code /v3/contacts?page=&perPage=},
 * a bare array with the {@code TotalPages} header), in pages built once and kept as bytes, so the stub allocates
 * almost nothing per request.
 *
 * <p>It counts the TCP connections it accepted (by the client's address and port: one per connection while
 * connections are pooled) and can record requests for the equivalence check.
 */
public final class VendorStub implements AutoCloseable {

    static {
        // without it headers and body leave in separate packets and delayed ACKs add ~40 ms per request
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    static final byte[] SEND_RESPONSE = ("{\"request_id\":\"eff655d8-0cb6-47b3-8828-96e1b80b55af\","
            + "\"reference\":\"Campaign #215\",\"results\":{\"306999999999\":[{\"message_id\":"
            + "\"e2d4424d-7d6a-49c2-b564-99b2b68c74cb\",\"custom_id\":\"222\",\"length\":11,\"short_code\":null,"
            + "\"short_url\":null}]},\"result_info\":{\"status_code\":200,\"description\":\"OK\"}}")
            .getBytes(StandardCharsets.UTF_8);

    /** One request as received: method, target, headers (lower-case names) and body. */
    public record Recorded(String method, String target, Map<String, List<String>> headers, byte[] body) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Set<InetSocketAddress> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, byte[][]> collections = new ConcurrentHashMap<>();
    private volatile byte[][] contactPages = new byte[0][];
    private final List<Recorded> recorded = new CopyOnWriteArrayList<>();
    private volatile boolean recording;

    public VendorStub(int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "apifon-stub");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(Fixtures.SEND_PATH, this::send);
        server.createContext("/services/api/v1/list/", this::subscribers);
        server.createContext(Fixtures.CONTACTS_PATH, this::contacts);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** TCP connections accepted since the last reset. */
    public int connections() {
        return connections.size();
    }

    public long requests() {
        return requests.get();
    }

    public void resetCounters() {
        connections.clear();
        requests.set(0);
    }

    /** Starts recording requests afresh, or stops (keeping what was recorded). */
    public void record(boolean on) {
        if (on) {
            recorded.clear();
        }
        recording = on;
    }

    public List<Recorded> recorded() {
        return List.copyOf(recorded);
    }

    /** Builds the pages of the list with {@code items} subscribers (once). */
    public void prepareCollection(int items) {
        collections.computeIfAbsent(Fixtures.listId(items), id -> pages(id, items));
    }

    /** Makes GetResponse's contacts {@code items} contacts, {@code perPage} a page (once per stub). */
    public void prepareContacts(int items, int perPage) {
        contactPages = GetResponseContacts.pages(items, perPage);
    }

    private void contacts(HttpExchange exchange) throws IOException {
        receive(exchange);
        byte[][] pages = contactPages;
        int page = Integer.parseInt(queryParameter(exchange, "page", "1"));
        exchange.getResponseHeaders().set("TotalPages", Integer.toString(pages.length));
        exchange.getResponseHeaders().set("CurrentPage", Integer.toString(page));
        reply(exchange, 200, page >= 1 && page <= pages.length ? pages[page - 1] : "[]".getBytes(StandardCharsets.UTF_8));
    }

    private static String queryParameter(HttpExchange exchange, String name, String otherwise) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
        }
        return otherwise;
    }

    private void send(HttpExchange exchange) throws IOException {
        byte[] body = receive(exchange);
        if (!"POST".equals(exchange.getRequestMethod())) {
            reply(exchange, 405, "{\"result_info\":{\"status_code\":405}}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (body.length == 0) {
            reply(exchange, 400, "{\"result_info\":{\"status_code\":400}}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        reply(exchange, 200, SEND_RESPONSE);
    }

    private void subscribers(HttpExchange exchange) throws IOException {
        receive(exchange);
        // /services/api/v1/list/{id}/subscriber?size=200&page=N
        String path = exchange.getRequestURI().getRawPath();
        String[] segments = path.split("/");
        byte[][] pages = segments.length == 7 && "subscriber".equals(segments[6]) ? collections.get(segments[5]) : null;
        if (pages == null) {
            reply(exchange, 404, "{\"result_info\":{\"status_code\":404}}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        int page = Integer.parseInt(queryParameter(exchange, "page", "1"));
        reply(exchange, 200, page >= 1 && page <= pages.length ? pages[page - 1] : emptyPage(page));
    }

    private byte[] receive(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        connections.add(exchange.getRemoteAddress());
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        if (recording) {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v));
            recorded.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body));
        }
        return body;
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] emptyPage(int page) {
        return ("{\"meta\":{\"page\":" + page + ",\"size\":" + Fixtures.PAGE_SIZE + ",\"total\":0},"
                + "\"links\":{\"prev\":\"\",\"next\":\"\"},\"results\":[]}").getBytes(StandardCharsets.UTF_8);
    }

    /** Apifon-shaped pages with absolute next links on Apifon's public host, as Apifon sends them. */
    private static byte[][] pages(String listId, int items) {
        int size = Fixtures.PAGE_SIZE;
        int count = (items + size - 1) / size;
        String path = String.format(Fixtures.SUBSCRIBERS_PATH, listId);
        byte[][] pages = new byte[count][];
        long t0 = 1_560_522_076_000L;
        for (int p = 1; p <= count; p++) {
            StringBuilder sb = new StringBuilder(size * 330);
            String next = p < count ? "https://ars.apifon.com" + path + "?size=" + size + "&page=" + (p + 1) : "";
            String prev = p > 1 ? "https://ars.apifon.com" + path + "?size=" + size + "&page=" + (p - 1) : "";
            sb.append("{\"meta\":{\"page\":").append(p).append(",\"size\":").append(size).append(",\"total\":")
                    .append(items).append("},\"links\":{\"prev\":\"").append(prev).append("\",\"next\":\"")
                    .append(next).append("\"},\"results\":[");
            List<String> results = new ArrayList<>(size);
            for (int i = (p - 1) * size + 1; i <= Math.min(p * size, items); i++) {
                results.add("{\"id\":\"s" + i + "\",\"destination\":\"30699" + String.format("%07d", i)
                            + "\",\"email\":\"subscriber" + i + "@example.com\",\"email_status\":\"VALID\","
                            + "\"status\":\"SUBSCRIBED\",\"account_id\":4242,\"destination_id\":\""
                            + String.format("%032x", (long) i * 2_654_435_761L) + "\",\"date_created\":" + (t0 + i)
                            + ",\"date_updated\":" + (t0 + 2L * i) + ",\"list_id\":\"" + listId
                            + "\",\"subscriber_fields\":{\"first_name\":\"Maria\",\"last_name\":\"Papadopoulou\"}}");
            }
            sb.append(String.join(",", results)).append("]}");
            pages[p - 1] = sb.toString().getBytes(StandardCharsets.UTF_8);
        }
        return pages;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
