package io.github.camelmartech.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The checks that are counts, not timings: the three producers send the same request (else the ratios compare
 * different work), and how many TCP connections the stub accepted for 10,000 sends through each (8 threads), which
 * with keep-alive pooling must stay at most the pool size. Writes {@code checks.properties} for the report.
 */
public final class Checks {

    static final int REQUESTS = 10_000;
    static final int THREADS = 8;

    private Checks() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/results/checks.properties");
        Properties p = new Properties();
        try (Harness h = new Harness(THREADS)) {
            String request = h.checkEquivalence();
            System.out.println("The three producers sent the same request (date and signature aside):\n" + request);
            p.setProperty("equivalence", "identical");
            p.setProperty("equivalence.request", request);
            count(h, "raw", h::sendRaw, p);
            count(h, "camelHttp", h::sendCamelHttp, p);
            count(h, "apifon", h::sendApifon, p);
        }
        p.setProperty("requests", Integer.toString(REQUESTS));
        p.setProperty("threads", Integer.toString(THREADS));
        p.setProperty("poolSize", Integer.toString(Fixtures.POOL_SIZE));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out)) {
            p.store(w, "benchmarks/run.sh checks");
        }
    }

    private static void count(Harness h, String name, Callable<?> send, Properties p) throws Exception {
        h.stub.resetCounters();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < REQUESTS / THREADS; i++) {
                        if (send.call() == null) {
                            throw new IOException("no response");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("%-10s %,d requests over %d TCP connection(s)%n", name, h.stub.requests(), h.stub.connections());
        p.setProperty("connections." + name, Integer.toString(h.stub.connections()));
        p.setProperty("requests." + name, Long.toString(h.stub.requests()));
    }
}
