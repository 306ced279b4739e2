package io.github.camelmartech.support.retry;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits between retries; a seam so tests can record the waits asked for instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = d -> TimeUnit.NANOSECONDS.sleep(d.toNanos());

    void sleep(Duration duration) throws InterruptedException;
}
