package io.github.camelmartech.support.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a vendor's reliability drills did, counted: faults injected, requests sent, duplicated sends and lost items.
 * Each vendor's reliability test prints {@link #summary()} once, after its drills, and asserts the last two are 0.
 */
public final class ReliabilityLedger {

    private static final Map<String, ReliabilityLedger> LEDGERS = new ConcurrentHashMap<>();

    private final String vendor;
    private final AtomicInteger faultsInjected = new AtomicInteger();
    private final AtomicInteger requestsSent = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger itemsLost = new AtomicInteger();
    private final AtomicInteger itemsDelivered = new AtomicInteger();

    private ReliabilityLedger(String vendor) {
        this.vendor = vendor;
    }

    /** The vendor's ledger, shared by its drills in this JVM. */
    public static ReliabilityLedger of(String vendor) {
        return LEDGERS.computeIfAbsent(vendor, ReliabilityLedger::new);
    }

    void record(int faults, int requests, int duplicated) {
        faultsInjected.addAndGet(faults);
        requestsSent.addAndGet(requests);
        duplicates.addAndGet(duplicated);
    }

    void recordItems(int faults, int requests, int delivered, int duplicated, int lost) {
        record(faults, requests, duplicated);
        itemsDelivered.addAndGet(delivered);
        itemsLost.addAndGet(lost);
    }

    public int faultsInjected() {
        return faultsInjected.get();
    }

    public int duplicates() {
        return duplicates.get();
    }

    public int itemsLost() {
        return itemsLost.get();
    }

    /**
     * Prints the summary line and writes it to {@code target/reliability-<vendor>.txt} of the module under test, which
     * {@code .ci/run} prints after the build (surefire keeps test output in files).
     */
    public String report() {
        String line = summary();
        System.out.println(line);
        try {
            Path file = Path.of("target", "reliability-" + vendor + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line;
    }

    /** Reports the summary line, then fails unless faults were injected and nothing was duplicated or lost. */
    public void reportAndAssertClean() {
        report();
        assertThat(faultsInjected()).as(vendor + ": faults injected").isPositive();
        assertThat(duplicates()).as(vendor + ": duplicated sends").isZero();
        assertThat(itemsLost()).as(vendor + ": items lost").isZero();
    }

    public String summary() {
        return String.format("RELIABILITY %s: faults injected=%d, requests sent=%d, items delivered=%d, duplicates=%d,"
                             + " items lost=%d", vendor, faultsInjected.get(), requestsSent.get(), itemsDelivered.get(),
                duplicates.get(), itemsLost.get());
    }
}
