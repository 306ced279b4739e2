package io.github.camelmartech.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CrashNode} in its own JVM, started with this JVM's class path; its output goes to a file under
 * {@code target/crash-drills/}. {@link #kill()} is {@code Process.destroyForcibly()}: SIGKILL on Linux, so no shutdown
 * hook, no graceful stop of Camel, no rollback by the application: only what the database did counts.
 */
final class NodeProcess {

    private final Process process;
    private final Path log;

    private NodeProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static NodeProcess start(String name, Map<String, String> properties) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a small heap and the quick JIT tier: the node starts often and lives seconds
        command.add("-Xmx192m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-cp");
        command.add(classPath());
        command.add(CrashNode.class.getName());
        Path dir = Path.of("target", "crash-drills");
        Files.createDirectories(dir);
        Path log = dir.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new NodeProcess(process, log);
    }

    /** Surefire may run tests from a manifest-only jar; its property holds the class path itself. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("node " + process.pid() + " did not die");
        }
    }

    /** SIGTERM: Camel Main stops gracefully. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** Fails when the node exited by itself (a start-up error): the drill would otherwise wait for nothing. */
    void assertAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("node exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }
}
