package io.github.camelmartech.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The summary lines of a drill class, printed and written to {@code target/reliability-<name>.txt}, which
 * {@code .ci/run} prints after the build next to the vendors' RELIABILITY lines (surefire keeps test output in files).
 */
final class DrillReport {

    private final Path file;

    /** Starts an empty report file: a line is written as soon as its drill has counted, before it asserts. */
    DrillReport(String name) {
        this.file = Path.of("target", "reliability-" + name + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void add(String line) {
        System.out.println(line);
        try {
            Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
