package io.github.camelmartech.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The soak's results: {@code samples.csv} (a line per sample, appended as it is taken, so an interrupted run keeps
 * what it measured), then {@code latest.md} (the table and whether each measure stayed flat) and {@code latest.png}.
 *
 * <p>Flat means: after the warm-up (the first fifth of the run, at least one sample), the median of the last third
 * of the samples is within the tolerance of the median of the first third: heap after GC +2% (+0.25 MiB), threads,
 * connections and descriptors +2. A leak grows by its rate times the run (200 bytes kept per callback: about 1 MiB
 * between the thirds of a 30-minute run); noise does not move a median.
 */
final class SoakReport {

    static final String[] WORK = { "sms sent", "callbacks received", "subscribers added", "subscribers polled",
                                   "contacts added", "contacts polled", "faults injected" };

    private final Path dir;
    private final double minutes;
    private final int sampleSeconds;
    private final String started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .substring(0, 16) + "Z";

    SoakReport(Path dir, double minutes, int sampleSeconds) throws IOException {
        this.dir = dir;
        this.minutes = minutes;
        this.sampleSeconds = sampleSeconds;
        Files.writeString(dir.resolve("samples.csv"), "minute,heap_after_gc_mib,threads,tcp_connections,file_descriptors,"
                                                      + String.join(",", Arrays.stream(WORK).map(w -> w.replace(' ', '_'))
                                                              .toList()) + ",failures\n");
    }

    void append(Sample s) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.1f,%.1f,%d,%d,%d", s.minute(),
                s.heapAfterGcMb(), s.threads(), s.tcpConnections(), s.fileDescriptors()));
        for (String w : WORK) {
            line.append(',').append(s.counters().getOrDefault(w, 0L));
        }
        line.append(',').append(failures(s)).append('\n');
        System.out.print(line);
        try {
            Files.writeString(dir.resolve("samples.csv"), line, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(List<Sample> samples) throws IOException {
        StringBuilder md = new StringBuilder("# Soak: connectors over time\n\n");
        md.append(String.format(Locale.ROOT, "A run of %.0f minutes, a sample every %d s, %d cores, %s, started %s."
                                             + " Reproduce: `soak/run.sh` (`SOAK_MINUTES=30` by default).%n%n",
                minutes, sampleSeconds, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), started));
        md.append("What ran, in one JVM (the simulators in another): an Apifon SMS every 200 ms with a callback URL, an"
                  + " Apifon subscriber added every 500 ms and a GetResponse contact every second, both polled every"
                  + " second (each item processed, then deleted), the Apifon delivery reports arriving at"
                  + " `webhook:apifon:callbacks` (https, with an in-memory idempotent repository of the last 1,000"
                  + " callbacks); a vendor fault every 5 s in"
                  + " turn: 429 and 503 with `Retry-After: 1` (retried), 500 (a send fails, never repeated).\n\n");
        md.append("## Verdict\n\n| measure | first third (median) | last third (median) | max | flat |\n|---|---|---|---|---|\n");
        boolean allFlat = true;
        allFlat &= verdict(md, "heap after GC (MiB)", samples, Sample::heapAfterGcMb, 0.02, 0.25);
        allFlat &= verdict(md, "threads", samples, s -> s.threads(), 0, 2);
        allFlat &= verdict(md, "TCP connections", samples, s -> s.tcpConnections(), 0, 2);
        allFlat &= verdict(md, "file descriptors", samples, s -> s.fileDescriptors(), 0, 2);
        md.append("\n").append(allFlat ? "**Flat**: no measure grew beyond its tolerance.\n"
                : "**Not flat**: a measure grew beyond its tolerance (see the table).\n");
        md.append("\nFlat: after the warm-up (first fifth of the run), the median of the last third of the samples"
                  + " within the median of the first third +2% (+0.25 MiB) for the heap, +2 for the counts. TCP"
                  + " connections are this JVM's established ones: to the simulators (pooled) and the simulator's"
                  + " callbacks to the webhook.\n");
        md.append("\n## Samples\n\n| minute | heap after GC (MiB) | threads | TCP conns | fds | SMS sent | callbacks |"
                  + " items polled | faults | failures |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Sample s : samples) {
            md.append(String.format(Locale.ROOT, "| %.1f | %.1f | %d | %d | %d | %d | %d | %d | %d | %d |%n", s.minute(),
                    s.heapAfterGcMb(), s.threads(), s.tcpConnections(), s.fileDescriptors(), count(s, "sms sent"),
                    count(s, "callbacks received"), count(s, "subscribers polled") + count(s, "contacts polled"),
                    count(s, "faults injected"), failures(s)));
        }
        Sample last = samples.get(samples.size() - 1);
        md.append("\nCounters at the end: ").append(last.counters()).append(".\n");
        md.append("\n![soak](latest.png)\n");
        Files.writeString(dir.resolve("latest.md"), md);
        SoakChart.write(dir.resolve("latest.png"), samples, "Camel MarTech soak, " + started);
    }

    private static boolean verdict(StringBuilder md, String name, List<Sample> samples, ToDoubleFunction<Sample> measure,
                                   double relative, double absolute) {
        int warm = Math.max(1, samples.size() / 5);
        List<Sample> steady = samples.size() > warm + 2 ? samples.subList(warm, samples.size()) : samples;
        int third = Math.max(1, steady.size() / 3);
        double first = median(steady.subList(0, third), measure);
        double last = median(steady.subList(steady.size() - third, steady.size()), measure);
        double max = steady.stream().mapToDouble(measure).max().orElse(0);
        boolean flat = last <= first * (1 + relative) + absolute;
        md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s |%n", name, first, last, max,
                flat ? "yes" : "**no**"));
        return flat;
    }

    private static double median(List<Sample> samples, ToDoubleFunction<Sample> measure) {
        double[] values = samples.stream().mapToDouble(measure).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static long count(Sample s, String name) {
        return s.counters().getOrDefault(name, 0L);
    }

    private static long failures(Sample s) {
        return s.counters().entrySet().stream().filter(e -> e.getKey().startsWith("failed "))
                .mapToLong(e -> e.getValue()).sum();
    }
}
