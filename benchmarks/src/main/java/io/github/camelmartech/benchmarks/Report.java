package io.github.camelmartech.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns one run's JMH JSON, the checks and the machine description into {@code latest.md} and {@code latest.png}.
 * Every score is the median of the measurement iterations of both forks, shown with the median of each fork (the
 * run-to-run spread); ratios are ratios of medians, with the ratio fork by fork. Targets are reported, never
 * asserted.
 *
 * <p>Arguments: jmh.json checks.properties machine.properties out-dir
 */
public final class Report {

    static final double PRODUCER_VS_RAW_1T = 1.10;
    static final double PRODUCER_VS_RAW_8T_CPU = 1.20;
    static final double PRODUCER_VS_CAMEL_HTTP = 0.80;
    static final double PAGING_VS_RAW = 0.90;
    static final double PAGING_VS_RAW_ROUTE = 1.0;
    static final double PAGING_ALLOC_VS_RAW = 2.0;
    static final double ALLOC_FLAT = 1.10;
    static final double CALLBACKS_VS_PLAIN = 0.90;

    /** The benchmark classes in the order run.sh runs them. */
    static final List<String> RUN_ORDER = List.of("ProducerBenchmark", "CamelHopBenchmark", "PagingBenchmark",
            "GetResponseWalkBenchmark", "CallbackBenchmark");

    /** One metric of one benchmark: the iteration scores of each fork. */
    record Metric(double[][] forks) {
        static final Metric NONE = new Metric(new double[0][]);

        double median() {
            return Report.median(Arrays.stream(forks).flatMapToDouble(Arrays::stream).toArray());
        }

        double fork(int i) {
            return i < forks.length ? Report.median(forks[i]) : Double.NaN;
        }

        int forkCount() {
            return forks.length;
        }

        boolean present() {
            return forks.length > 0;
        }
    }

    /** A benchmark's time per op, CPU time per op and allocation per op. */
    record Result(Metric time, Metric cpu, Metric alloc, String unit) {
    }

    private final Map<String, Result> r;
    private final StringBuilder md = new StringBuilder();
    private final List<String> verdicts = new ArrayList<>();
    private final List<ChartWriter.Bar> bars = new ArrayList<>();

    private Report(Map<String, Result> results) {
        this.r = results;
    }

    public static void main(String[] args) throws IOException {
        List<Path> jmh = Arrays.stream(args[0].split(",")).filter(f -> !f.isBlank()).map(Path::of).toList();
        Properties checks = load(Path.of(args[1]));
        Properties machine = load(Path.of(args[2]));
        Path outDir = Path.of(args[3]);
        Report report = new Report(read(jmh));
        String md = report.markdown(settings(jmh), checks, machine);
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("latest.md"), md);
        ChartWriter.write(outDir.resolve("latest.png"), report.bars, report.pagingAlloc(), machine.getProperty("date", ""));
        System.out.println(md);
    }

    /** The JMH settings the run used, as the JSON records them (the first benchmark's; all share them). */
    static String settings(List<Path> jmh) throws IOException {
        JsonNode b = new ObjectMapper().readTree(jmh.get(0).toFile()).path(0);
        return String.format(Locale.ROOT, "%d forks, warm-up %d×%s, measurement %d×%s", b.path("forks").asInt(),
                b.path("warmupIterations").asInt(), b.path("warmupTime").asText(), b.path("measurementIterations").asInt(),
                b.path("measurementTime").asText());
    }

    static Map<String, Result> read(List<Path> jmh) throws IOException {
        Map<String, Result> out = new LinkedHashMap<>();
        for (Path file : jmh) {
            read(file, out);
        }
        return out;
    }

    private static void read(Path jmh, Map<String, Result> out) throws IOException {
        for (JsonNode b : new ObjectMapper().readTree(jmh.toFile())) {
            String name = b.path("benchmark").asText();
            name = name.substring(name.lastIndexOf('.') + 1);
            StringBuilder key = new StringBuilder(name);
            b.path("params").fields().forEachRemaining(p -> key.append('@').append(p.getValue().asText()));
            JsonNode secondary = b.path("secondaryMetrics");
            out.put(key.toString(), new Result(metric(b.path("primaryMetric")), withoutLast(metric(secondary.path("cpu.time.norm"))),
                    metric(secondary.path("gc.alloc.rate.norm")), b.path("primaryMetric").path("scoreUnit").asText()));
        }
    }

    /**
     * The metric without each fork's last iteration: there {@link CpuProfiler} reads about half of what every other
     * iteration reads, in every benchmark (the CPU time of threads that ended before it reads them is not counted).
     */
    private static Metric withoutLast(Metric m) {
        double[][] forks = new double[m.forks().length][];
        for (int f = 0; f < forks.length; f++) {
            double[] it = m.forks()[f];
            forks[f] = it.length > 2 ? Arrays.copyOf(it, it.length - 1) : it;
        }
        return new Metric(forks);
    }

    private static Metric metric(JsonNode metric) {
        JsonNode raw = metric.path("rawData");
        if (!raw.isArray()) {
            return Metric.NONE;
        }
        double[][] forks = new double[raw.size()][];
        for (int f = 0; f < raw.size(); f++) {
            JsonNode it = raw.get(f);
            forks[f] = new double[it.size()];
            for (int i = 0; i < it.size(); i++) {
                forks[f][i] = it.get(i).asDouble();
            }
        }
        return new Metric(forks);
    }

    private String markdown(String settings, Properties checks, Properties machine) {
        md.append("# Benchmark results (latest run)\n\n");
        md.append("Machine: ").append(machine.getProperty("cores", "?")).append(" cores (")
                .append(machine.getProperty("cpu", "?")).append("), ").append(machine.getProperty("jdk", "?"))
                .append(", ").append(machine.getProperty("os", "?")).append("; run ").append(machine.getProperty("date", "?"))
                .append(".\n\n");
        md.append("> **Load** (`uptime`'s 1/5/15-minute averages; the 8-thread benchmarks load the machine themselves): ")
                .append(loads(machine)).append(". Compare the **ratios**: each is measured in one run, the benchmarks one"
                        + " after another. JMH: ").append(settings).append(", after each fork ran its path on one thread"
                        + " until the JIT had compiled it (`JitWarmup`); `-prof gc`. Scores are **medians** of the"
                        + " measurement iterations of both forks, `[a · b]` the median of each fork (the run-to-run"
                        + " spread); ratios are ratios of medians, `[a · b]` fork by fork. **CPU**: CPU time of the JVM's"
                        + " Java threads (callers, stub, pools; not JIT/GC) per op, from `CpuProfiler`, each fork's last"
                        + " iteration left out (it reads about half: threads that ended are not counted): the work"
                        + " done, less sensitive than wall time to waiting for a core on a shared machine.\n\n");
        producer();
        camelHop();
        paging();
        headerPaging();
        callbacks();
        checks(checks);
        md.append("\n## Targets (reported, never asserted)\n\n");
        verdicts.forEach(v -> md.append("- ").append(v).append('\n'));
        md.append("\nWhere the time and memory go, and what would close the gaps: [analysis.md](analysis.md).\n");
        md.append("\n![ratios](latest.png)\n\nReproduce: `benchmarks/run.sh` (about 40 minutes on 2 cores).\n");
        return md.toString();
    }

    private void producer() {
        md.append("## Producer: one signed Apifon SMS send, response bound to `SendResponse`\n\n");
        md.append("(1) raw Apache HttpClient 5 + `ApifonHmacAuth.sign` + Jackson; (2) hand-written route `direct` →"
                  + " signing `Processor` → `camel-http` → Jackson; (3) `apifon:sms` behind `direct`. The three send"
                  + " byte-identical requests (checked at setup, see below). Time per op is per calling thread.\n\n");
        md.append("| threads | (1) raw µs/op | (2) camel-http µs/op | (3) apifon µs/op | 3/1 | 3/2 | CPU µs/op 1 · 2 · 3"
                  + " | CPU 3/1 | CPU 3/2 | alloc B/op 1 · 2 · 3 |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String suffix : new String[] { "", "_8threads" }) {
            String t = suffix.isEmpty() ? "1" : "8";
            Result a = r.get("sms1_raw" + suffix);
            Result b = r.get("sms2_camelHttp" + suffix);
            Result c = r.get("sms3_apifon" + suffix);
            if (a == null || b == null || c == null) {
                continue;
            }
            md.append("| ").append(t).append(" | ").append(score(a.time())).append(" | ").append(score(b.time()))
                    .append(" | ").append(score(c.time())).append(" | **").append(ratio(c.time(), a.time())).append("** | **")
                    .append(ratio(c.time(), b.time())).append("** | ").append(f1(a.cpu().median())).append(" · ")
                    .append(f1(b.cpu().median())).append(" · ").append(f1(c.cpu().median())).append(" | ")
                    .append(ratio(c.cpu(), a.cpu())).append(" | ").append(ratio(c.cpu(), b.cpu())).append(" | ")
                    .append(bytes(a.alloc().median())).append(" · ").append(bytes(b.alloc().median())).append(" · ")
                    .append(bytes(c.alloc().median())).append(" |\n");
            double wall31 = c.time().median() / a.time().median();
            double cpu31 = c.cpu().median() / a.cpu().median();
            if (t.equals("1")) {
                target("producer 3/1, 1 thread (time)", wall31, "≤", PRODUCER_VS_RAW_1T, "SMS 3/1 1t");
            } else {
                target("producer 3/1, 8 threads (CPU per send)", cpu31, "≤", PRODUCER_VS_RAW_8T_CPU, "CPU 3/1 8t");
            }
            target("producer 3/2, " + t + " thread(s) (time)", c.time().median() / b.time().median(), "≤",
                    PRODUCER_VS_CAMEL_HTTP, "SMS 3/2 " + t + "t");
            target("producer 3/2, " + t + " thread(s) (CPU per send)", c.cpu().median() / b.cpu().median(), "≤",
                    PRODUCER_VS_CAMEL_HTTP, null);
        }
    }

    private void camelHop() {
        md.append("\n## Camel's own hop: `template.requestBody` → `direct` → one processor, no HTTP\n\n");
        md.append("What every Camel producer path above pays before our code runs, with Camel's default (prototype)"
                  + " exchange factory and with the pooled one (`camel.main.exchangeFactory=pooled`).\n\n");
        md.append("| threads | exchange factory | µs/op | CPU µs/op | alloc B/op | CPU share of an `apifon:sms` send |\n");
        md.append("|---:|---|---:|---:|---:|---:|\n");
        for (String suffix : new String[] { "", "_8threads" }) {
            Result send = r.get("sms3_apifon" + suffix);
            for (String factory : new String[] { "prototype", "pooled" }) {
                Result hop = r.get("hop" + suffix + "@" + factory);
                if (hop == null) {
                    continue;
                }
                md.append("| ").append(suffix.isEmpty() ? "1" : "8").append(" | ").append(factory).append(" | ")
                        .append(score(hop.time())).append(" | ").append(f2(hop.cpu().median())).append(" | ")
                        .append(bytes(hop.alloc().median())).append(" | ")
                        .append(send == null ? "n/a" : pct(hop.cpu().median() / send.cpu().median())).append(" |\n");
            }
        }
    }

    private void paging() {
        md.append("\n## Paging: walk an Apifon subscriber list, 200 per page, every item bound to `ListSubscriber`\n\n");
        md.append("(1) raw HttpClient loop following `links.next`, Jackson binding each page straight to typed items;"
                  + " (2) the raw loop handing each item to a route as a consumer does (exchange from the factory, route,"
                  + " release: the floor of one exchange per item); (3) the `apifon:subscribers` polling consumer (full"
                  + " sync, one exchange per item; scheduler off, one poll per op on the benchmark thread); (2p), (3p):"
                  + " (2), (3) with the pooled exchange factory. Alloc is `gc.alloc.rate.norm` per walk ÷ items and counts"
                  + " every thread of the JVM, the stub's too (the same for all).\n\n");
        md.append("| items | variant | ms/walk | items/s | vs (1) | vs (2) | CPU µs/item | B/item |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
        String[][] variants = { { "walk1_raw", "(1) raw loop" }, { "walk2_rawRoute", "(2) raw loop → route" },
            { "walk3_consumer", "(3) consumer" }, { "walk2p_rawRoutePooled", "(2p) raw loop → route, pooled" },
            { "walk3p_consumerPooled", "(3p) consumer, pooled" } };
        for (int items : new int[] { 10_000, 100_000 }) {
            walkRows(variants, "@" + items, items, "walk1_raw", "walk2_rawRoute");
        }
        Result raw10 = r.get("walk1_raw@10000");
        Result raw100 = r.get("walk1_raw@100000");
        Result c10 = r.get("walk3_consumer@10000");
        Result c100 = r.get("walk3_consumer@100000");
        Result rr100 = r.get("walk2_rawRoute@100000");
        if (raw100 != null && c100 != null) {
            target("paging items/s (3)/(1) at 100,000 (time)", raw100.time().median() / c100.time().median(), "≥",
                    PAGING_VS_RAW, "walk (3)/(1)");
            target("paging items/s (3)/(1) at 100,000 (CPU per item)", raw100.cpu().median() / c100.cpu().median(), "≥",
                    PAGING_VS_RAW, null);
            target("paging alloc per item (3)/(1) at 100,000", c100.alloc().median() / raw100.alloc().median(), "≤",
                    PAGING_ALLOC_VS_RAW, "alloc (3)/(1)");
        }
        if (rr100 != null && c100 != null) {
            target("paging items/s (3)/(2) at 100,000 (time)", rr100.time().median() / c100.time().median(), "≥",
                    PAGING_VS_RAW_ROUTE, "walk (3)/(2)");
            target("paging items/s (3)/(2) at 100,000 (CPU per item)", rr100.cpu().median() / c100.cpu().median(), "≥",
                    PAGING_VS_RAW_ROUTE, null);
        }
        Result p100 = r.get("walk3p_consumerPooled@100000");
        Result rp100 = r.get("walk2p_rawRoutePooled@100000");
        if (p100 != null && rp100 != null) {
            target("paging items/s (3p)/(2p) at 100,000, pooled (time)", rp100.time().median() / p100.time().median(),
                    "≥", PAGING_VS_RAW_ROUTE, null);
        }
        if (c10 != null && c100 != null && raw10 != null) {
            double growth = (c100.alloc().median() / 100_000) / (c10.alloc().median() / 10_000);
            md.append("\nConsumer alloc per item, 100k ÷ 10k: **").append(f2(growth))
                    .append("** (flat = memory per page, not per collection).\n");
            target("paging consumer alloc/item 100k ÷ 10k (flat)", growth, "≤", ALLOC_FLAT, "alloc 100k÷10k");
        }
    }

    private void headerPaging() {
        Result raw = find("contacts1_raw@");
        if (raw == null) {
            return;
        }
        String suffix = key(raw);
        int items = Integer.parseInt(suffix.substring(1));
        md.append("\n## Header paging: walk GetResponse's contacts, 1,000 per page, `TotalPages` header, bound to"
                  + " `Contact`\n\n");
        md.append("(1) raw HttpClient loop counting pages up to `TotalPages`; (2) the raw loop handing each contact to a"
                  + " route as a consumer does; (3) the `getresponse:contacts` polling consumer (full sync).\n\n");
        md.append("| items | variant | ms/walk | items/s | vs (1) | vs (2) | CPU µs/item | B/item |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
        walkRows(new String[][] { { "contacts1_raw", "(1) raw loop" }, { "contacts2_rawRoute", "(2) raw loop → route" },
            { "contacts3_consumer", "(3) consumer" } }, suffix, items, "contacts1_raw", "contacts2_rawRoute");
        Result route = r.get("contacts2_rawRoute" + suffix);
        Result c = r.get("contacts3_consumer" + suffix);
        if (c != null) {
            target("header paging items/s (3)/(1) (time)", raw.time().median() / c.time().median(), "≥", PAGING_VS_RAW,
                    "contacts (3)/(1)");
            target("header paging items/s (3)/(1) (CPU per item)", raw.cpu().median() / c.cpu().median(), "≥",
                    PAGING_VS_RAW, null);
            target("header paging alloc per item (3)/(1)", c.alloc().median() / raw.alloc().median(), "≤",
                    PAGING_ALLOC_VS_RAW, null);
        }
        if (c != null && route != null) {
            target("header paging items/s (3)/(2) (time)", route.time().median() / c.time().median(), "≥",
                    PAGING_VS_RAW_ROUTE, "contacts (3)/(2)");
        }
    }

    private void walkRows(String[][] variants, String suffix, int items, String rawName, String routeName) {
        Result raw = r.get(rawName + suffix);
        Result route = r.get(routeName + suffix);
        for (String[] v : variants) {
            Result x = r.get(v[0] + suffix);
            if (x == null) {
                continue;
            }
            md.append("| ").append(String.format(Locale.ROOT, "%,d", items)).append(" | ").append(v[1]).append(" | ")
                    .append(score(x.time())).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f", items / (x.time().median() / 1000.0))).append(" | ")
                    .append(raw == null ? "" : ratio(raw.time(), x.time())).append(" | ")
                    .append(route == null ? "" : ratio(route.time(), x.time())).append(" | ")
                    .append(f2(x.cpu().median() / items)).append(" | ").append(bytes(x.alloc().median() / items))
                    .append(" |\n");
        }
    }

    private void callbacks() {
        md.append("\n## Webhook callbacks: Apifon delivery reports (2 per callback)\n\n");
        md.append("(1) a plain `platform-http` route that parses the JSON and hands each report on (the floor); (2)"
                  + " `webhook:apifon:callbacks` (method, content type and size checks, typed reports, one exchange per"
                  + " report with its headers), on the same platform-http server (Vert.x). Each op is one POST and its"
                  + " answer; callbacks/s = threads ÷ time per op.\n\n");
        md.append("| threads | (1) plain µs/op | (2) webhook µs/op | (1) callbacks/s | (2) callbacks/s | 2/1 callbacks/s |"
                  + " CPU µs/callback 1 · 2 | alloc B/callback 1 · 2 |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String suffix : new String[] { "", "_8threads" }) {
            Result a = r.get("callback1_plain" + suffix);
            Result b = r.get("callback2_webhook" + suffix);
            if (a == null || b == null) {
                continue;
            }
            int threads = suffix.isEmpty() ? 1 : 8;
            md.append("| ").append(threads).append(" | ").append(score(a.time())).append(" | ").append(score(b.time()))
                    .append(" | ").append(String.format(Locale.ROOT, "%,.0f", threads * 1e6 / a.time().median()))
                    .append(" | ").append(String.format(Locale.ROOT, "%,.0f", threads * 1e6 / b.time().median()))
                    .append(" | **").append(ratio(a.time(), b.time())).append("** | ").append(f1(a.cpu().median()))
                    .append(" · ").append(f1(b.cpu().median())).append(" | ").append(bytes(a.alloc().median()))
                    .append(" · ").append(bytes(b.alloc().median())).append(" |\n");
            target("callbacks/s (2)/(1), " + threads + " thread(s) (time)", a.time().median() / b.time().median(), "≥",
                    CALLBACKS_VS_PLAIN, "callbacks " + threads + "t");
            target("callbacks/s (2)/(1), " + threads + " thread(s) (CPU per callback)",
                    a.cpu().median() / b.cpu().median(), "≥", CALLBACKS_VS_PLAIN, null);
        }
    }

    private void checks(Properties checks) {
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
    }

    private void target(String what, double value, String op, double target, String bar) {
        if (Double.isNaN(value)) {
            return;
        }
        boolean met = op.equals("≤") ? value <= target : value >= target;
        verdicts.add((met ? "met" : "**missed**") + ": " + what + " = " + f2(value) + " (target " + op + " " + target + ")");
        if (bar != null) {
            bars.add(new ChartWriter.Bar(bar, value, target, op.equals("≥")));
        }
    }

    private double[][] pagingAlloc() {
        double[][] out = new double[2][2];
        int[] sizes = { 10_000, 100_000 };
        for (int s = 0; s < 2; s++) {
            Result a = r.get("walk1_raw@" + sizes[s]);
            Result b = r.get("walk3_consumer@" + sizes[s]);
            out[s][0] = a == null ? Double.NaN : a.alloc().median() / sizes[s];
            out[s][1] = b == null ? Double.NaN : b.alloc().median() / sizes[s];
        }
        return out;
    }

    private Result find(String prefix) {
        return r.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    private String key(Result result) {
        return r.entrySet().stream().filter(e -> e.getValue() == result).map(Map.Entry::getKey)
                .map(k -> k.substring(k.indexOf('@'))).findFirst().orElse("");
    }

    private static String loads(Properties machine) {
        List<String> out = new ArrayList<>();
        out.add("start " + machine.getProperty("loadStart", "?"));
        for (String bench : RUN_ORDER) {
            String load = machine.getProperty("load." + bench);
            if (load != null) {
                out.add("before " + bench + " " + load);
            }
        }
        out.add("end " + machine.getProperty("loadEnd", "?"));
        return String.join("; ", out);
    }

    /** Median score with each fork's median. */
    private static String score(Metric m) {
        if (!m.present()) {
            return "n/a";
        }
        StringBuilder sb = new StringBuilder(f1(m.median()));
        if (m.forkCount() > 1) {
            sb.append(" [");
            for (int i = 0; i < m.forkCount(); i++) {
                sb.append(i == 0 ? "" : " · ").append(f1(m.fork(i)));
            }
            sb.append(']');
        }
        return sb.toString();
    }

    /** Ratio of medians with the ratio fork by fork. */
    private static String ratio(Metric a, Metric b) {
        if (!a.present() || !b.present()) {
            return "n/a";
        }
        StringBuilder sb = new StringBuilder(f2(a.median() / b.median()));
        int forks = Math.min(a.forkCount(), b.forkCount());
        if (forks > 1) {
            sb.append(" [");
            for (int i = 0; i < forks; i++) {
                sb.append(i == 0 ? "" : " · ").append(f2(a.fork(i) / b.fork(i)));
            }
            sb.append(']');
        }
        return sb.toString();
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
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
