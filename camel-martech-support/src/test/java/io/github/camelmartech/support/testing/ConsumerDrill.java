package io.github.camelmartech.support.testing;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A polling consumer through a walk that goes wrong three ways: page 3 of 5 answers 500 once, the route throws on
 * item 7 once, and the Camel context is stopped in mid-walk and a new one started on the same file-backed cursor
 * and idempotent stores (a restarted node). Every item must complete exactly once: counted per item, not eyeballed.
 */
public final class ConsumerDrill {

    public static final int PAGES = 5;
    public static final int PAGE_SIZE = 4;
    public static final int ITEMS = PAGES * PAGE_SIZE;
    static final int FAILING_PAGE = 3;
    static final int FAILING_ITEM = 7;
    static final Duration PATIENCE = Duration.ofSeconds(20);

    /** The vendor's collection as the stub serves it, and how the consumer's exchanges name its items. */
    public interface Collection {

        /** The request for page {@code page} (from 1) by the vendor's paging rule. */
        MappingBuilder pageRequest(int page);

        /** Page {@code page} holding items {@code first..last} (from 1) of {@code totalPages}, ascending. */
        ResponseDefinitionBuilder page(int page, int first, int last, int totalPages);

        /** The vendor id the stub gives item {@code n}. */
        String idOf(int n);

        /** The vendor id of the item an exchange carries. */
        String idOf(Exchange exchange);
    }

    private final WireMockExtension wm;
    private final Collection collection;
    private final Function<String, String> consumerUri;
    private final Consumer<CamelContext> setup;
    private final ReliabilityLedger ledger;
    private final List<StubMapping> stubs = new ArrayList<>();

    /**
     * @param consumerUri the consumer endpoint URI with the given options ({@code &name=value...}) appended
     * @param setup       binds what the vendor's URI refers to in a new context (a clock...)
     */
    public ConsumerDrill(String vendor, WireMockExtension wm, Collection collection, Function<String, String> consumerUri,
                         Consumer<CamelContext> setup) {
        this.wm = wm;
        this.collection = collection;
        this.consumerUri = consumerUri;
        this.setup = setup;
        this.ledger = ReliabilityLedger.of(vendor);
    }

    public void run(Path dir) throws Exception {
        stubPages();
        Map<String, AtomicInteger> completed = new ConcurrentHashMap<>();
        AtomicInteger attempts = new AtomicInteger();
        AtomicBoolean failedOnce = new AtomicBoolean();
        File ids = dir.resolve("ids.dat").toFile();
        File state = dir.resolve("state.dat").toFile();

        CamelContext first = node(ids, state, completed, attempts, failedOnce);
        await(() -> completed.size() >= ITEMS / 2, "half the items completed on the first node");
        first.stop();
        int afterStop = completed.size();
        assertThat(afterStop).as("the first node stopped in mid-walk").isLessThan(ITEMS);

        CamelContext second = node(ids, state, completed, attempts, failedOnce);
        await(() -> completed.size() == ITEMS, "every item completed");
        int requestsAtEnd = pageRequests();
        await(() -> pageRequests() >= requestsAtEnd + 2, "two more polls of the unchanged collection");
        second.stop();

        int duplicates = completed.values().stream().mapToInt(c -> c.get() - 1).sum();
        int lost = ITEMS - completed.size();
        ledger.recordItems(3, pageRequests(), completed.size(), duplicates, lost);
        assertThat(failedOnce).as("the route failed on item " + FAILING_ITEM).isTrue();
        assertThat(pageFailures()).as("page " + FAILING_PAGE + " answered 500").isEqualTo(1);
        for (int n = 1; n <= ITEMS; n++) {
            assertThat(completed.get(collection.idOf(n))).as("completions of item " + n).hasValue(1);
        }
        assertThat(completed).as("only the collection's items").hasSize(ITEMS);
        assertThat(attempts).as("deliveries: each item once, item " + FAILING_ITEM + " twice").hasValue(ITEMS + 1);
    }

    private CamelContext node(File ids, File state, Map<String, AtomicInteger> completed, AtomicInteger attempts,
                              AtomicBoolean failedOnce) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        setup.accept(camel);
        camel.getRegistry().bind("drillIds", FileIdempotentRepository.fileIdempotentRepository(ids));
        camel.getRegistry().bind("drillState", FileStateRepository.fileStateRepository(state));
        String failing = collection.idOf(FAILING_ITEM);
        String uri = consumerUri.apply("&idempotentRepository=#drillIds&stateRepository=#drillState&stateKey=drill"
                                       + "&initialDelay=0&delay=20&maxMessagesPerPoll=3");
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(e -> {
                    String id = collection.idOf(e);
                    attempts.incrementAndGet();
                    if (id.equals(failing) && failedOnce.compareAndSet(false, true)) {
                        throw new IllegalStateException("the route fails once on item " + FAILING_ITEM);
                    }
                    completed.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                });
            }
        });
        camel.start();
        return camel;
    }

    private void stubPages() {
        stubs.forEach(wm::removeStubMapping);
        stubs.clear();
        wm.resetRequests();
        wm.resetScenarios();
        for (int page = 1; page <= PAGES; page++) {
            ResponseDefinitionBuilder answer = collection.page(page, (page - 1) * PAGE_SIZE + 1, page * PAGE_SIZE, PAGES);
            if (page == FAILING_PAGE) {
                stubs.add(wm.stubFor(collection.pageRequest(page).atPriority(1).inScenario("drill-page")
                        .whenScenarioStateIs(STARTED).willSetStateTo("recovered").willReturn(aResponse().withStatus(500)
                                .withHeader("Content-Type", "application/json").withBody("{}"))));
                stubs.add(wm.stubFor(collection.pageRequest(page).atPriority(1).inScenario("drill-page")
                        .whenScenarioStateIs("recovered").willReturn(answer)));
            } else {
                stubs.add(wm.stubFor(collection.pageRequest(page).atPriority(1).willReturn(answer)));
            }
        }
    }

    private int pageRequests() {
        return (int) wm.getAllServeEvents().stream().filter(this::servedByDrill).count();
    }

    private int pageFailures() {
        return (int) wm.getAllServeEvents().stream()
                .filter(e -> servedByDrill(e) && e.getResponse().getStatus() == 500).count();
    }

    private boolean servedByDrill(ServeEvent event) {
        return event.getStubMapping() != null && stubs.stream().anyMatch(s -> s.getId().equals(event.getStubMapping().getId()));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(10);
        }
    }
}
