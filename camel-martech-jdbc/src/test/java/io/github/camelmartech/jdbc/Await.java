package io.github.camelmartech.jdbc;

import java.time.Duration;

/** Waits for what other threads or processes do; a timeout fails the test and says what did not happen. */
final class Await {

    @FunctionalInterface
    interface Condition {
        boolean met() throws Exception;
    }

    private Await() {
    }

    static void until(String what, Duration patience, Condition condition) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.met()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + patience.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(10);
        }
    }
}
