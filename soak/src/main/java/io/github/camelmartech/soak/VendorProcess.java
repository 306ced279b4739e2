package io.github.camelmartech.soak;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelmartech.sandbox.VendorSimulator;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.sandbox.getresponse.GetResponseSimulator;

/**
 * The vendors of the soak, in a JVM of their own so that what the soak measures is the connectors' JVM: the Apifon and
 * GetResponse simulators, a fault every few seconds (429 with Retry-After, 503 with Retry-After, 500, in turn, to
 * one vendor then the other), and their request journals emptied every minute (WireMock keeps every request).
 *
 * <p>Writes the simulators' options and, every second, the number of faults injected to the properties file given as
 * argument; runs until killed.
 */
public final class VendorProcess {

    private VendorProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int faultSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ApifonSimulator apifon = new ApifonSimulator();
        GetResponseSimulator getresponse = new GetResponseSimulator();
        apifon.start();
        getresponse.start();
        Properties options = new Properties();
        apifon.componentOptions().forEach((k, v) -> options.setProperty("apifon." + k, v));
        getresponse.componentOptions().forEach((k, v) -> options.setProperty("getresponse." + k, v));

        AtomicInteger faults = new AtomicInteger();
        VendorSimulator[] vendors = { apifon, getresponse };
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        timer.scheduleAtFixedRate(() -> {
            int n = faults.getAndIncrement();
            VendorSimulator vendor = vendors[n % 2];
            switch (n / 2 % 3) {
                case 0 -> vendor.faults().throttle(1, Duration.ofSeconds(1));
                case 1 -> vendor.faults().unavailable(1, Duration.ofSeconds(1));
                default -> vendor.faults().inject(1, 500, null);
            }
        }, faultSeconds, faultSeconds, TimeUnit.SECONDS);
        timer.scheduleAtFixedRate(() -> {
            apifon.wireMock().resetRequests();
            getresponse.wireMock().resetRequests();
        }, 1, 1, TimeUnit.MINUTES);
        timer.scheduleAtFixedRate(() -> {
            options.setProperty("faults", Integer.toString(faults.get()));
            write(options, file);
        }, 0, 1, TimeUnit.SECONDS);
        Thread.currentThread().join();
    }

    /** Written aside, then moved: a reader never sees half a file. */
    private static void write(Properties options, Path file) {
        try {
            Path next = file.resolveSibling(file.getFileName() + ".next");
            try (OutputStream out = Files.newOutputStream(next)) {
                options.store(out, "soak vendor");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("cannot write " + file + ": " + e);
        }
    }
}
