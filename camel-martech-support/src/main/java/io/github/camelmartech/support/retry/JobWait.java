package io.github.camelmartech.support.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.camel.RuntimeCamelException;

/**
 * Waits for a job a vendor runs after it accepted a call (APSIS's queued methods): pauses, polls the job's state,
 * and pauses again, each pause twice the last up to a longest one, until a poll says the job ended. The last pause is
 * cut to what is left of the timeout, so the wait never runs past it; then the caller's timeout exception is thrown
 * (a vendor's, carrying what a route needs to poll the job later). The clock and sleeper are seams for tests.
 */
public final class JobWait {

    private final Duration timeout;
    private final Duration firstPause;
    private final Duration maxPause;
    private final Clock clock;
    private final Sleeper sleeper;

    /** The first pause is at least 1 ms; the longest is at least the first. */
    public JobWait(Duration timeout, Duration firstPause, Duration maxPause, Clock clock, Sleeper sleeper) {
        this.timeout = timeout;
        this.firstPause = firstPause.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : firstPause;
        this.maxPause = maxPause.compareTo(firstPause) < 0 ? firstPause : maxPause;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * Polls until {@code ended} holds for a state and answers that state; past the timeout throws what
     * {@code timedOut} gives. An interrupted pause stops the wait for {@code what} (named in the exception).
     */
    public <S> S until(Supplier<S> poll, Predicate<S> ended, Supplier<? extends RuntimeException> timedOut,
                       String what) {
        Instant deadline = clock.instant().plus(timeout);
        Duration pause = firstPause;
        while (true) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw timedOut.get();
            }
            pause(pause.compareTo(left) < 0 ? pause : left, what);
            S state = poll.get();
            if (ended.test(state)) {
                return state;
            }
            pause = pause.multipliedBy(2).compareTo(maxPause) > 0 ? maxPause : pause.multipliedBy(2);
        }
    }

    private void pause(Duration duration, String what) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeCamelException("Interrupted while waiting for " + what, e);
        }
    }
}
