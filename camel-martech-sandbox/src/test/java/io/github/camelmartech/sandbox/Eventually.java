package io.github.camelmartech.sandbox;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something asynchronous (a callback, a poll) to have happened, failing the test after a limit. */
final class Eventually {

    private Eventually() {
    }

    static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
