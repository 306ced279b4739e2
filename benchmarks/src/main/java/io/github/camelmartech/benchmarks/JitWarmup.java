package io.github.camelmartech.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;

/**
 * Runs a benchmark's operation on one thread until the JIT has compiled its path, before JMH's own warm-up.
 *
 * <p>Why: on 2 cores, 8 benchmark threads plus the stub's threads leave the JIT's compiler threads little CPU, and
 * the C2 compilation of a path through Camel and HttpClient took 30-45 s of 8-thread running (`-prof comp`: about a
 * second of compilation per second of run until then), longer for the component's path (more code) than for the raw
 * client's. JMH's warm-up of a few iterations therefore measured the component partly interpreted, and the 8-thread
 * "concurrency gap" was mostly that (see analysis.md). Alone on a thread, the same code compiles in a few seconds.
 * The operation is repeated until one second passes with less than {@link #QUIET_MILLIS} ms of compilation, twice
 * in a row, or {@link #MAX_SECONDS} pass.
 */
final class JitWarmup {

    static final long QUIET_MILLIS = 20;
    static final int MAX_SECONDS = Integer.getInteger("benchmarks.jitWarmupMaxSeconds", 60);

    private JitWarmup() {
    }

    /** Returns the seconds it took. */
    static int untilCompiled(Callable<?> operation) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return 0;
        }
        int quiet = 0;
        int seconds = 0;
        while (quiet < 2 && seconds < MAX_SECONDS) {
            long compiledBefore = jit.getTotalCompilationTime();
            long end = System.nanoTime() + 1_000_000_000L;
            while (System.nanoTime() < end) {
                operation.call();
            }
            seconds++;
            quiet = jit.getTotalCompilationTime() - compiledBefore < QUIET_MILLIS ? quiet + 1 : 0;
        }
        return seconds;
    }
}
