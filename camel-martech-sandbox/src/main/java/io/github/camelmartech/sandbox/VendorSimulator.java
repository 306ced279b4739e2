package io.github.camelmartech.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.common.url.PathTemplate;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A vendor simulator: a WireMock server whose routes are vendor behaviour with state instead of canned stubs.
 * Each route is a WireMock stub (so WireMock matches method and path template, and its request journal lets a
 * test verify what was sent); the stub's answer is computed by the route through one response transformer. Every
 * request first goes through the planned faults, then the vendor's authentication, then the route; a route's
 * {@link SimulatorException} becomes the vendor's error body. A test may still add its own stubs over the routes
 * through {@link #wireMock()} (a stub with a priority below 5 wins).
 * <p>
 * Its threads are daemon threads, so a JVM whose other threads are done exits even while a simulator runs.
 *
 * @param <S> the simulator's own type, so that {@link #start()} and the other fluent methods return it
 */
public abstract class VendorSimulator<S extends VendorSimulator<S>> implements AutoCloseable {

    private static final String TRANSFORMER = "martech-sandbox";
    private static final String ROUTE = "sandboxRoute";
    private static final String UNKNOWN_ROUTE = "";

    /** A route: the vendor's answer to one method and path template. */
    @FunctionalInterface
    protected interface Route {
        SimResponse answer(SimRequest request);
    }

    private record Registered(String method, PathTemplate template, Route route) {
    }

    private final Map<String, Registered> routes = new ConcurrentHashMap<>();
    private final FaultPlan faults = new FaultPlan();
    private final CallbackSender callbacks = new CallbackSender(Duration.ofMillis(50));
    private volatile WireMockServer server;

    /** A simulator on a free port (see {@link #onPort(int)}). */
    protected VendorSimulator() {
        this.server = newServer(0);
    }

    private WireMockServer newServer(int port) {
        // loopback only: a simulator (and its WireMock admin API) is for this machine, never the network
        return new WireMockServer(options().bindAddress("127.0.0.1").port(port).notifier(new Slf4jNotifier(false))
                .threadPoolFactory(new DaemonThreadPoolFactory()).extensions(new Dispatcher()));
    }

    /** The Camel component this simulator plays the vendor for ({@code apifon}, {@code getresponse}, ...). */
    public abstract String scheme();

    /** Listens on {@code port} instead of a free one; call before {@link #start()}. */
    public synchronized S onPort(int port) {
        if (server.isRunning()) {
            throw new IllegalStateException("the simulator is running on port " + server.port()
                                            + "; choose its port before start()");
        }
        server = newServer(port);
        return self();
    }

    /** Starts the server and registers the vendor's routes; returns this. */
    public synchronized S start() {
        if (!server.isRunning()) {
            server.start();
            server.stubFor(request("ANY", anyUrl()).atPriority(100).withMetadata(Map.of(ROUTE, UNKNOWN_ROUTE))
                    .willReturn(aResponse().withTransformers(TRANSFORMER)));
            registerRoutes();
        }
        return self();
    }

    public synchronized void stop() {
        if (server.isRunning()) {
            server.stop();
        }
    }

    /** Whether it is started and not stopped. */
    public boolean isRunning() {
        return server.isRunning();
    }

    @Override
    public void close() {
        stop();
    }

    /** The base URL to give the component ({@code baseUrl} option). */
    public String baseUrl() {
        return server.baseUrl();
    }

    public int port() {
        return server.port();
    }

    /** The WireMock server: verify requests, read the journal, add stubs. */
    public WireMockServer wireMock() {
        return server;
    }

    /** Faults to answer instead of the next requests. */
    public FaultPlan faults() {
        return faults;
    }

    /** The callbacks this simulator has delivered. */
    public CallbackSender callbacks() {
        return callbacks;
    }

    /** Forgets all state, faults, deliveries and the request journal; the routes and credentials stay. */
    public void reset() {
        faults.clear();
        callbacks.clear();
        server.resetRequests();
        clearState();
    }

    /**
     * The options that point a component at this simulator, by their Camel option names (base URL and
     * credentials), e.g. for an endpoint URI.
     */
    public abstract Map<String, String> componentOptions();

    /**
     * The same options as Camel configuration properties, {@code camel.component.<scheme>.<option>}: what
     * Camel Main, Spring Boot ({@code @DynamicPropertySource}), Quarkus (a {@code QuarkusTestResourceLifecycleManager})
     * and a {@code CamelTestSupport}'s override properties take.
     */
    public Map<String, String> properties() {
        return prefixed(componentOptions());
    }

    /** {@link #properties()} as {@link Properties}, for {@code useOverridePropertiesWithPropertiesComponent()}. */
    public Properties asProperties() {
        Properties properties = new Properties();
        properties.putAll(properties());
        return properties;
    }

    /**
     * Configures the context's component with {@link #componentOptions()} through the component's own configurer,
     * as Camel Main would; call it before the routes start (endpoints copy the component's options when created).
     * Needs Camel on the class path, which a route test has.
     */
    public S bindTo(org.apache.camel.CamelContext context) {
        CamelBinding.bind(context, scheme(), componentOptions());
        return self();
    }

    /**
     * A Camel configuration that adds {@link #properties()} to the context's override properties, for Camel Main
     * ({@code @CamelMainTest}'s {@code configuration.addConfiguration(...)}): Main binds them to the component ahead of
     * {@code application.properties}.
     */
    public org.apache.camel.CamelConfiguration camelConfiguration() {
        return CamelBinding.overriding(properties());
    }

    /** {@code options} keyed {@code camel.component.<scheme>.<option>}, in their order. */
    protected final Map<String, String> prefixed(Map<String, String> options) {
        Map<String, String> properties = new LinkedHashMap<>();
        options.forEach((option, value) -> properties.put("camel.component." + scheme() + "." + option, value));
        return properties;
    }

    @SuppressWarnings("unchecked")
    protected final S self() {
        return (S) this;
    }

    /** Registers the vendor's routes with {@link #route}. */
    protected abstract void registerRoutes();

    /** Empties the vendor's state. */
    protected abstract void clearState();

    /** The vendor's refusal of a request with missing or wrong credentials, or empty when they are right. */
    protected abstract Optional<SimResponse> authenticate(SimRequest request);

    /** The vendor's error body for a refusal (validation, not found, conflict, throttling, unknown route). */
    protected abstract SimResponse error(SimulatorException refusal);

    /**
     * Registers a route. Templates use WireMock's {@code {name}} syntax; literal routes win over templated ones,
     * and a collection route also answers with a trailing slash.
     */
    protected final void route(String method, String pathTemplate, Route route) {
        register(method, pathTemplate, route);
        if (!pathTemplate.endsWith("}")) {
            register(method, pathTemplate + "/", route);
        }
    }

    /** Posts a callback to {@code url} shortly after the current request, as the vendor would. */
    protected final void sendCallback(String url, String json) {
        callbacks.post(url, json);
    }

    /** Calls {@code url} (its query the callback's data) with GET shortly after the current request. */
    protected final void sendGetCallback(String url) {
        callbacks.get(url);
    }

    /**
     * Runs a request through the vendor's route in-process, as the vendor's own back office would create data:
     * the vendor's checks apply (a refusal throws, with the vendor's error body), authentication and planned
     * faults do not, and the request journal does not record it. Behind the vendors' seeding helpers.
     *
     * @param body serialised as JSON (a Map, a Jackson tree, a String); null for none
     */
    protected final SimResponse seed(String method, String path, Object body) {
        if (!isRunning()) {
            throw new IllegalStateException("start() the simulator before seeding it (the extension starts it)");
        }
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : SimJson.mapper().writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the seed body is not serialisable as JSON", e);
        }
        Request request = ImmutableRequest.create().withAbsoluteUrl(baseUrl() + path)
                .withMethod(RequestMethod.fromString(method)).withHeader("Content-Type", "application/json")
                .withBody(bytes).build();
        Registered registered = routes.values().stream()
                .filter(r -> r.method().equals(method) && r.template().matches(path))
                .min(java.util.Comparator.comparingInt(r -> r.template().numberOfParameters()))
                .orElseThrow(() -> new IllegalArgumentException("no route " + method + " " + path));
        SimResponse response;
        try {
            response = registered.route().answer(new SimRequest(request, pathParameters(registered, request)));
        } catch (SimulatorException refusal) {
            response = error(refusal);
        }
        if (response.statusCode() >= 300) {
            throw new IllegalArgumentException("the simulator refused " + method + " " + path + " with "
                                               + response.statusCode() + ": " + response.bodyText());
        }
        return response;
    }

    private void register(String method, String pathTemplate, Route route) {
        String key = method + " " + pathTemplate;
        PathTemplate template = new PathTemplate(pathTemplate);
        routes.put(key, new Registered(method, template, route));
        server.stubFor(request(method, urlPathTemplate(pathTemplate)).atPriority(5 + template.numberOfParameters())
                .withMetadata(Map.of(ROUTE, key)).willReturn(aResponse().withTransformers(TRANSFORMER)));
    }

    private static String routeOf(Metadata metadata) {
        return metadata == null || !metadata.containsKey(ROUTE) ? null : metadata.getString(ROUTE);
    }

    SimResponse dispatch(String key, Request request) {
        Registered registered = routes.get(key);
        SimRequest simRequest = new SimRequest(request, registered == null ? Map.of() : pathParameters(registered, request));
        try {
            FaultPlan.Fault fault = faults.next();
            if (fault != null) {
                SimResponse response = error(new SimulatorException(fault.status(), null, null, "injected fault",
                        fault.retryAfter()));
                return fault.retryAfter() == null ? response
                        : response.header("Retry-After", Long.toString(fault.retryAfter().toSeconds()));
            }
            Optional<SimResponse> refusal = authenticate(simRequest);
            if (refusal.isPresent()) {
                return refusal.get();
            }
            if (registered == null) {
                throw new SimulatorException(404, null, null, "unknown route " + request.getMethod() + " " + simRequest.rawPath());
            }
            return registered.route().answer(simRequest);
        } catch (SimulatorException refusal) {
            return error(refusal);
        }
    }

    private static Map<String, String> pathParameters(Registered registered, Request request) {
        String url = request.getUrl();
        int query = url.indexOf('?');
        Map<String, String> decoded = new LinkedHashMap<>();
        // a path segment's '+' is a plus, not a space as in a form
        registered.template().parse(query < 0 ? url : url.substring(0, query)).forEach((name, value) ->
                decoded.put(name, URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8)));
        return decoded;
    }

    private final class Dispatcher implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String key = routeOf(event.getStubMapping().getMetadata());
            return dispatch(key == null ? UNKNOWN_ROUTE : key, event.getRequest()).toDefinition();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return TRANSFORMER;
        }
    }
}
