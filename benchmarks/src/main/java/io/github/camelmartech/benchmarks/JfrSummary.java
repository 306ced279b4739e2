package io.github.camelmartech.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording of a benchmark and prints where the CPU samples, the sampled allocations and the lock and
 * park waits went, as shares, so two recordings (the component and a baseline) can be compared line by line:
 *
 * <pre>
 * java -cp ... io.github.camelmartech.benchmarks.JfrSummary results/sms3_apifon_8threads.jfr [thread-regex]
 * </pre>
 *
 * <p>CPU: self time by method and inclusive time by method and by layer (our code, Camel, HttpClient, Jackson, the
 * JDK's networking, the stub); allocation: sampled bytes by the first frame outside {@code java.}/{@code jdk.};
 * waits: monitor enters and parks over the recording's threshold, by the first frames that are not the JDK's.
 */
public final class JfrSummary {

    private static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("io.github.camelmartech.benchmarks.", "benchmark harness and stub");
        LAYERS.put("io.github.camelmartech.", "camel-martech (ours)");
        LAYERS.put("org.apache.camel.component.http.", "camel-http");
        LAYERS.put("org.apache.camel.", "Camel core");
        LAYERS.put("org.apache.hc.", "HttpClient 5");
        LAYERS.put("com.fasterxml.jackson.", "Jackson");
        LAYERS.put("sun.net.httpserver.", "JDK HttpServer (stub)");
        LAYERS.put("sun.nio.", "JDK sockets");
        LAYERS.put("com.sun.crypto.", "JDK crypto");
        LAYERS.put("javax.crypto.", "JDK crypto");
        LAYERS.put("org.openjdk.jmh.", "JMH");
    }

    private JfrSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Predicate<RecordedEvent> thread = args.length > 1 ? threadMatching(args[1]) : e -> true;
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> layers = new HashMap<>();
        Map<String, Long> alloc = new HashMap<>();
        Map<String, Long> waitCount = new HashMap<>();
        Map<String, Long> waitNanos = new HashMap<>();
        long samples = 0;
        long allocated = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || !thread.test(e)) {
                continue;
            }
            List<RecordedFrame> frames = st.getFrames();
            switch (type) {
                case "jdk.ExecutionSample" -> {
                    samples++;
                    self.merge(name(frames.get(0)), 1L, Long::sum);
                    Set<String> seen = new HashSet<>();
                    Set<String> seenLayers = new HashSet<>();
                    for (RecordedFrame f : frames) {
                        String n = name(f);
                        if (seen.add(n)) {
                            inclusive.merge(n, 1L, Long::sum);
                        }
                        String layer = layer(f);
                        if (layer != null && seenLayers.add(layer)) {
                            layers.merge(layer, 1L, Long::sum);
                        }
                    }
                }
                case "jdk.ObjectAllocationSample" -> {
                    long weight = e.getLong("weight");
                    allocated += weight;
                    alloc.merge(firstOutsideJdk(frames, 2), weight, Long::sum);
                }
                case "jdk.JavaMonitorEnter", "jdk.ThreadPark", "jdk.JavaMonitorWait" -> {
                    String key = type.substring(4) + " at " + firstOutsideJdk(frames, 3);
                    waitCount.merge(key, 1L, Long::sum);
                    waitNanos.merge(key, e.getDuration().toNanos(), Long::sum);
                }
                default -> {
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %,d CPU samples, %,d MB sampled allocation%n", file.getFileName(), samples,
                allocated >> 20);
        print("CPU by layer (inclusive)", layers, samples, 12);
        print("CPU self, by method", self, samples, 25);
        print("CPU inclusive, by method", inclusive, samples, 45);
        print("Allocation by first non-JDK frames", alloc, allocated, 30);
        System.out.println("\n== Waits over the recording threshold (count, total ms)");
        waitNanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                .forEach(w -> System.out.printf(Locale.ROOT, "%6d %10.1f  %s%n", waitCount.get(w.getKey()),
                        Duration.ofNanos(w.getValue()).toNanos() / 1e6, w.getKey()));
    }

    private static Predicate<RecordedEvent> threadMatching(String regex) {
        return e -> {
            var t = e.getThread() != null ? e.getThread() : e.hasField("sampledThread") ? e.getThread("sampledThread") : null;
            return t != null && t.getJavaName() != null && t.getJavaName().matches(regex);
        };
    }

    private static void print(String title, Map<String, Long> counts, long total, int top) {
        System.out.println("\n== " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(c -> System.out.printf(Locale.ROOT, "%5.1f%%  %s%n", 100.0 * c.getValue() / total, c.getKey()));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static String layer(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        for (Map.Entry<String, String> l : LAYERS.entrySet()) {
            if (type.startsWith(l.getKey())) {
                return l.getValue();
            }
        }
        return null;
    }

    /** The first {@code depth} frames after the JDK's own (where the application asked for it), joined. */
    private static String firstOutsideJdk(List<RecordedFrame> frames, int depth) {
        int i = 0;
        while (i < frames.size() - 1 && isJdk(frames.get(i))) {
            i++;
        }
        StringBuilder sb = new StringBuilder();
        for (int j = i; j < Math.min(frames.size(), i + depth); j++) {
            sb.append(j == i ? "" : " < ").append(name(frames.get(j)).replaceAll("^.*\\.([^.]+\\.[^.]+)$", "$1"));
        }
        return sb.toString();
    }

    private static boolean isJdk(RecordedFrame f) {
        String t = f.getMethod().getType().getName();
        return t.startsWith("java.") || t.startsWith("jdk.") || t.startsWith("sun.") || t.startsWith("javax.");
    }
}
