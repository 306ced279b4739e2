package io.github.camelmartech.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns one run's JMH JSON, the checks and the machine description into {@code latest.md} and {@code latest.png}.
 * Targets are reported, never asserted.
 *
 * <p>Arguments: jmh.json checks.properties machine.properties out-dir
 */
public final class Report {

    static final double PRODUCER_VS_RAW = 1.05;
    static final double PRODUCER_VS_CAMEL_HTTP = 1.0;
    static final double PAGING_RATIO = 0.95;
    static final double ALLOC_FLAT = 1.10;

    /** One benchmark result: score (time per op), its error, unit, and allocated bytes per op. */
    record Result(double score, double error, String unit, double allocPerOp, double cpuPerOp) {
    }

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        Path jmh = Path.of(args[0]);
        Properties checks = load(Path.of(args[1]));
        Properties machine = load(Path.of(args[2]));
        Path outDir = Path.of(args[3]);
        Map<String, Result> results = read(jmh);
        List<ChartWriter.Bar> bars = new ArrayList<>();
        String md = markdown(results, settings(jmh), checks, machine, bars);
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("latest.md"), md);
        ChartWriter.write(outDir.resolve("latest.png"), bars, pagingAlloc(results), machine.getProperty("date", ""));
        System.out.println(md);
    }

    /** The JMH settings the run used, as the JSON records them (the first benchmark's; all share them). */
    static String settings(Path jmh) throws IOException {
        JsonNode b = new ObjectMapper().readTree(jmh.toFile()).path(0);
        return String.format("%d fork(s), warm-up %d×%s, measurement %d×%s", b.path("forks").asInt(),
                b.path("warmupIterations").asInt(), b.path("warmupTime").asText(), b.path("measurementIterations").asInt(),
                b.path("measurementTime").asText());
    }

    static Map<String, Result> read(Path jmh) throws IOException {
        Map<String, Result> out = new LinkedHashMap<>();
        for (JsonNode b : new ObjectMapper().readTree(jmh.toFile())) {
            String name = b.path("benchmark").asText();
            name = name.substring(name.lastIndexOf('.') + 1);
            String items = b.path("params").path("items").asText("");
            if (!items.isEmpty()) {
                name += "@" + items;
            }
            JsonNode primary = b.path("primaryMetric");
            JsonNode alloc = b.path("secondaryMetrics").path("gc.alloc.rate.norm");
            JsonNode cpu = b.path("secondaryMetrics").path("cpu.time.norm");
            out.put(name, new Result(primary.path("score").asDouble(), primary.path("scoreError").asDouble(Double.NaN),
                    primary.path("scoreUnit").asText(), alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble(),
                    cpu.isMissingNode() ? Double.NaN : cpu.path("score").asDouble()));
        }
        return out;
    }

    private static String markdown(Map<String, Result> r, String settings, Properties checks, Properties machine,
                                   List<ChartWriter.Bar> bars) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results (latest run)\n\n");
        md.append("Machine: ").append(machine.getProperty("cores", "?")).append(" cores (")
                .append(machine.getProperty("cpu", "?")).append("), ").append(machine.getProperty("jdk", "?"))
                .append(", ").append(machine.getProperty("os", "?")).append("; run ").append(machine.getProperty("date", "?"))
                .append(".\n\n");
        md.append("> **Load:** load average ").append(machine.getProperty("loadStart", "?")).append(" at start, ")
                .append(machine.getProperty("loadEnd", "?")).append(" at the end, on ").append(machine.getProperty("cores", "?"))
                .append(" cores (the 8-thread benchmarks load the machine themselves). Absolute times drift between runs"
                        + " and machines; compare the **ratios**, measured in the same run, one benchmark after another."
                        + " JMH: ").append(settings).append(", `-prof gc`; errors are 99.9% intervals over the"
                        + " measurement iterations. **CPU** columns: CPU time of the JVM's Java threads (caller, stub,"
                        + " pools; not JIT/GC) per op, from `CpuProfiler`: the work done, less sensitive than wall time"
                        + " to waiting for a core.\n\n");

        md.append("## Producer: one signed Apifon SMS send, response bound to `SendResponse`\n\n");
        md.append("(1) raw Apache HttpClient 5 + `ApifonHmacAuth.sign` + Jackson; (2) hand-written route `direct` →"
                  + " signing `Processor` → `camel-http` → Jackson; (3) `apifon:sms` behind `direct`. The three send"
                  + " byte-identical requests (checked at setup, see below). Time per op is per calling thread.\n\n");
        md.append("| threads | (1) raw µs/op | (2) camel-http µs/op | (3) apifon µs/op | 3/1 | 3/2 | CPU µs/op 1 · 2 · 3"
                  + " | CPU 3/1 | CPU 3/2 | alloc B/op 1 · 2 · 3 |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> verdicts = new ArrayList<>();
        for (String suffix : new String[] { "", "_8threads" }) {
            String t = suffix.isEmpty() ? "1" : "8";
            Result a = r.get("sms1_raw" + suffix);
            Result b = r.get("sms2_camelHttp" + suffix);
            Result c = r.get("sms3_apifon" + suffix);
            if (a == null || b == null || c == null) {
                continue;
            }
            double r31 = c.score() / a.score();
            double r32 = c.score() / b.score();
            md.append("| ").append(t).append(" | ").append(time(a)).append(" | ").append(time(b)).append(" | ")
                    .append(time(c)).append(" | **").append(f2(r31)).append("** | **").append(f2(r32)).append("** | ")
                    .append(f1(a.cpuPerOp())).append(" · ").append(f1(b.cpuPerOp())).append(" · ").append(f1(c.cpuPerOp()))
                    .append(" | ").append(f2(c.cpuPerOp() / a.cpuPerOp())).append(" | ").append(f2(c.cpuPerOp() / b.cpuPerOp()))
                    .append(" | ").append(bytes(a.allocPerOp())).append(" · ").append(bytes(b.allocPerOp())).append(" · ")
                    .append(bytes(c.allocPerOp())).append(" |\n");
            verdicts.add(verdict("producer 3/1, " + t + " thread(s)", r31, "≤", PRODUCER_VS_RAW)
                         + cpuVerdict(c.cpuPerOp() / a.cpuPerOp(), "≤", PRODUCER_VS_RAW));
            verdicts.add(verdict("producer 3/2, " + t + " thread(s)", r32, "≤", PRODUCER_VS_CAMEL_HTTP)
                         + cpuVerdict(c.cpuPerOp() / b.cpuPerOp(), "≤", PRODUCER_VS_CAMEL_HTTP));
            bars.add(new ChartWriter.Bar("SMS 3/1 " + t + "t", r31, PRODUCER_VS_RAW, false));
            bars.add(new ChartWriter.Bar("SMS 3/2 " + t + "t", r32, PRODUCER_VS_CAMEL_HTTP, false));
        }

        md.append("\n## Paging: walk a subscriber list, 200 per page, every item bound to `ListSubscriber`\n\n");
        md.append("(1) raw HttpClient loop following `links.next`, Jackson binding each page straight to typed items;"
                  + " (2) the `apifon:subscribers` polling consumer (full sync, one exchange per item into a route;"
                  + " scheduler off, one poll per op on the benchmark thread). Alloc is `gc.alloc.rate.norm` per walk"
                  + " ÷ items and counts every thread of the JVM, the stub's too (same for both).\n\n");
        md.append("| items | (1) raw ms/walk | (2) consumer ms/walk | raw items/s | consumer items/s | items/s ratio 2/1"
                  + " | CPU µs/item 1 · 2 | CPU items/s ratio | raw B/item | consumer B/item |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        double[] consumerPerItem = new double[2];
        int i = 0;
        for (int items : new int[] { 10_000, 100_000 }) {
            Result a = r.get("walk1_raw@" + items);
            Result b = r.get("walk2_consumer@" + items);
            if (a == null || b == null) {
                continue;
            }
            double ra = items / (a.score() / 1000.0);
            double rb = items / (b.score() / 1000.0);
            double ratio = rb / ra;
            consumerPerItem[i++] = b.allocPerOp() / items;
            md.append("| ").append(String.format(Locale.ROOT, "%,d", items)).append(" | ").append(time(a)).append(" | ")
                    .append(time(b)).append(" | ").append(String.format(Locale.ROOT, "%,.0f", ra)).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f", rb)).append(" | **").append(f2(ratio)).append("** | ")
                    .append(f2(a.cpuPerOp() / items)).append(" · ").append(f2(b.cpuPerOp() / items)).append(" | ")
                    .append(f2(a.cpuPerOp() / b.cpuPerOp())).append(" | ")
                    .append(bytes(a.allocPerOp() / items)).append(" | ").append(bytes(b.allocPerOp() / items)).append(" |\n");
            verdicts.add(verdict("paging items/s ratio at " + String.format(Locale.ROOT, "%,d", items), ratio, "≥", PAGING_RATIO)
                         + cpuVerdict(a.cpuPerOp() / b.cpuPerOp(), "≥", PAGING_RATIO));
            bars.add(new ChartWriter.Bar("paging " + (items / 1000) + "k", ratio, PAGING_RATIO, true));
        }
        if (i == 2) {
            double growth = consumerPerItem[1] / consumerPerItem[0];
            md.append("\nConsumer alloc per item, 100k ÷ 10k: **").append(f2(growth))
                    .append("** (flat = memory per page, not per collection; a walk that kept every item would grow"
                            + " the retained heap, not this rate: see the notes).\n");
            verdicts.add(verdict("consumer alloc/item 100k ÷ 10k (flat)", growth, "≤", ALLOC_FLAT));
            bars.add(new ChartWriter.Bar("alloc/item 100k÷10k", growth, ALLOC_FLAT, false));
        }

        md.append("\n## Connection reuse\n\n");
        md.append(String.format(Locale.ROOT, "%s sends from %s threads each way; pool size %s (the component's default"
                                             + " `maxConnections`, the same for both baselines). TCP connections the stub"
                                             + " accepted (distinct client address:port):%n%n",
                String.format(Locale.ROOT, "%,d", Integer.parseInt(checks.getProperty("requests", "0"))),
                checks.getProperty("threads", "?"), checks.getProperty("poolSize", "?")));
        md.append("| raw | camel-http | apifon |\n|---:|---:|---:|\n");
        md.append("| ").append(checks.getProperty("connections.raw", "?")).append(" | ")
                .append(checks.getProperty("connections.camelHttp", "?")).append(" | **")
                .append(checks.getProperty("connections.apifon", "?")).append("** |\n");
        int conns = Integer.parseInt(checks.getProperty("connections.apifon", "-1"));
        int pool = Integer.parseInt(checks.getProperty("poolSize", "0"));
        verdicts.add((conns >= 0 && conns <= pool ? "met" : "**missed**") + ": apifon connections for "
                     + checks.getProperty("requests", "?") + " sends = " + conns + " (target ≤ " + pool + ")");

        md.append("\n## Same request three ways\n\nThe stub recorded the first request of each producer; they are equal"
                  + " in method, target, headers (all but `X-ApifonWS-Date` and `Authorization`, whose values depend on"
                  + " the second) and body bytes, and each signature verifies against the bytes received: **")
                .append(checks.getProperty("equivalence", "not checked")).append("**.\n\n```\n")
                .append(checks.getProperty("equivalence.request", "").replace("{", "").replace("}", ""))
                .append("\n```\n");

        md.append("\n## Targets (reported, never asserted)\n\n");
        verdicts.forEach(v -> md.append("- ").append(v).append('\n'));
        md.append("\nWhere the time and memory go, and what would close the gaps: [analysis.md](analysis.md).\n");
        md.append("\n![ratios](latest.png)\n\nReproduce: `benchmarks/run.sh` (a few minutes on 2 cores).\n");
        return md.toString();
    }

    private static double[][] pagingAlloc(Map<String, Result> r) {
        double[][] out = new double[2][2];
        int[] sizes = { 10_000, 100_000 };
        for (int s = 0; s < 2; s++) {
            Result a = r.get("walk1_raw@" + sizes[s]);
            Result b = r.get("walk2_consumer@" + sizes[s]);
            out[s][0] = a == null ? Double.NaN : a.allocPerOp() / sizes[s];
            out[s][1] = b == null ? Double.NaN : b.allocPerOp() / sizes[s];
        }
        return out;
    }

    private static String verdict(String what, double value, String op, double target) {
        boolean met = op.equals("≤") ? value <= target : value >= target;
        return (met ? "met" : "**missed**") + ": " + what + " = " + f2(value) + " (target " + op + " " + target + ")";
    }

    /** The same target judged on CPU time per op, the load-robust view. */
    private static String cpuVerdict(double value, String op, double target) {
        if (Double.isNaN(value)) {
            return "";
        }
        boolean met = op.equals("≤") ? value <= target : value >= target;
        return "; by CPU time " + f2(value) + " (" + (met ? "met" : "missed") + ")";
    }

    private static String time(Result r) {
        return Double.isNaN(r.error()) ? f1(r.score()) : f1(r.score()) + " ± " + f1(r.error());
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String bytes(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static Properties load(Path path) throws IOException {
        Properties p = new Properties();
        if (Files.exists(path)) {
            try (Reader in = Files.newBufferedReader(path)) {
                p.load(in);
            }
        }
        return p;
    }
}
