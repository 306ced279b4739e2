package io.github.camelmartech.sandbox.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.github.camelmartech.sandbox.SandboxVendor;
import io.github.camelmartech.sandbox.VendorSimulator;

/**
 * {@code java -jar camel-martech-sandbox-launcher.jar [vendor[=port] ...] [--no-data] [--write-properties FILE]}:
 * starts the simulators, seeds demo data, prints each one's base URL and the {@code camel.component.*} properties
 * (base URL and the sandbox's own credentials) that point a Camel application at it, also into a properties file
 * when asked, and runs until Ctrl-C, when it stops them.
 */
public final class SandboxLauncher {

    private SandboxLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        LauncherArguments arguments;
        try {
            arguments = LauncherArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LauncherArguments.USAGE);
            System.exit(2);
            return;
        }
        if (arguments.help()) {
            System.out.println(LauncherArguments.USAGE);
            return;
        }
        RunningSandbox sandbox;
        try {
            sandbox = start(arguments, System.out);
        } catch (LaunchFailed e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            System.out.println("Sandbox stopped.");
            stopped.countDown();
        }, "sandbox-shutdown"));
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
        stopped.await(); // the simulators' threads are daemons: this thread keeps the JVM up until Ctrl-C
    }

    /**
     * Starts, seeds and describes the simulators the arguments name, and writes their properties to the file the
     * arguments name; on a failure, stops those it started.
     */
    static RunningSandbox start(LauncherArguments arguments, PrintStream out) {
        List<VendorSimulator<?>> started = new ArrayList<>();
        StringBuilder properties = new StringBuilder("# camel.component.* properties of the Camel MarTech sandbox"
                                                     + " (the sandbox's own credentials)\n");
        for (Map.Entry<SandboxVendor, Integer> entry : arguments.ports().entrySet()) {
            VendorSimulator<?> simulator = entry.getKey().create().onPort(entry.getValue());
            try {
                simulator.start();
            } catch (RuntimeException e) {
                started.forEach(VendorSimulator::stop);
                throw new LaunchFailed(entry.getKey().scheme() + " could not listen on port " + entry.getValue() + " ("
                                       + e.getMessage() + "); choose another: " + entry.getKey().scheme()
                                       + "=PORT, 0 for any free one", e);
            }
            started.add(simulator);
            String description = String.format("%s simulator on %s (%s)", simulator.scheme(), simulator.baseUrl(),
                    arguments.seed() ? DemoData.seed(simulator) : "no data");
            out.println(description);
            properties.append("\n# ").append(description).append('\n');
            simulator.properties().forEach((key, value) -> {
                out.printf("  %s=%s%n", key, value);
                properties.append(key).append('=').append(value.replace("\\", "\\\\")).append('\n');
            });
            out.println();
        }
        if (arguments.propertiesFile() != null) {
            try {
                write(arguments.propertiesFile(), properties.toString());
            } catch (IOException e) {
                started.forEach(VendorSimulator::stop);
                throw new LaunchFailed("could not write " + arguments.propertiesFile() + ": " + e, e);
            }
            out.println("Properties written to " + arguments.propertiesFile().toAbsolutePath());
        }
        return new RunningSandbox(started);
    }

    /** Whole or not at all: a tool watching for the file never reads half of it. */
    private static void write(Path file, String content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        Files.writeString(partial, content, StandardCharsets.ISO_8859_1);
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The started simulators; closing stops them. */
    record RunningSandbox(List<VendorSimulator<?>> simulators) implements AutoCloseable {
        @Override
        public void close() {
            simulators.forEach(VendorSimulator::stop);
        }
    }

    static final class LaunchFailed extends RuntimeException {
        LaunchFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
