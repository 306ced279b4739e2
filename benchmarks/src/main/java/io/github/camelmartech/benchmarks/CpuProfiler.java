package io.github.camelmartech.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * {@code -prof io.github.camelmartech.benchmarks.CpuProfiler}: CPU time the Java threads of the benchmark JVM (the
 * calling threads, the in-process stub, the pools' threads) spent per operation. JIT compiler and GC threads are not
 * Java threads and are left out. On a machine shared with other builds, wall time per op mostly measures waiting for
 * a core; CPU time per op measures the work, so its ratios stay meaningful under load.
 */
public final class CpuProfiler implements InternalProfiler {

    private static final com.sun.management.ThreadMXBean THREADS
            = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final java.util.Map<Long, Long> before = new java.util.HashMap<>();

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before.clear();
        long[] ids = THREADS.getAllThreadIds();
        long[] cpu = THREADS.getThreadCpuTime(ids);
        for (int i = 0; i < ids.length; i++) {
            if (cpu[i] >= 0) {
                before.put(ids[i], cpu[i]);
            }
        }
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long ops = result.getMetadata().getMeasuredOps();
        long[] ids = THREADS.getAllThreadIds();
        long[] cpu = THREADS.getThreadCpuTime(ids);
        long total = 0;
        for (int i = 0; i < ids.length; i++) {
            if (cpu[i] >= 0) {
                total += cpu[i] - before.getOrDefault(ids[i], 0L);
            }
        }
        double perOp = ops == 0 ? Double.NaN : (double) total / ops / 1000.0;
        return List.of(new ScalarResult("cpu.time.norm", perOp, "us/op", AggregationPolicy.AVG));
    }

}
