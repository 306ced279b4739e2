package io.github.camelmartech.support.retry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.github.camelmartech.support.testing.FakeTime;
import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Waiting for a vendor's job on a fake clock whose sleeps advance it. */
class JobWaitTest {

    private final FakeTime time = new FakeTime();

    private JobWait wait(long timeoutSeconds, long firstSeconds, long maxSeconds) {
        return new JobWait(Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(firstSeconds),
                Duration.ofSeconds(maxSeconds), time, time);
    }

    @Test
    void pausesDoublingUntilAPollSaysTheJobEndedAndAnswersThatState() {
        Iterator<String> states = List.of("waiting", "started", "completed").iterator();

        String state = wait(300, 1, 30).until(states::next, "completed"::equals, IllegalStateException::new, "a job");

        assertThat(state).isEqualTo("completed");
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void thePausesStopGrowingAtTheLongest() {
        Iterator<Integer> polls = List.of(1, 2, 3, 4, 5).iterator();

        wait(300, 1, 3).until(polls::next, p -> p == 5, IllegalStateException::new, "a job");

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void neverWaitsPastTheTimeoutAndThenThrowsTheCallersException() {
        List<String> polled = new ArrayList<>();
        JobWait wait = wait(10, 1, 30);

        assertThatThrownBy(() -> wait.until(() -> polled.add("poll"), ended -> false,
                () -> new IllegalStateException("did not end within " + wait.timeout()), "a job"))
                .isInstanceOf(IllegalStateException.class).hasMessage("did not end within PT10S");
        // 1 + 2 + 4 s, then the 3 s left of the 10 s: four polls
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(3));
        assertThat(polled).hasSize(4);
    }

    @Test
    void theFirstPauseIsAtLeastAMillisecondAndTheLongestAtLeastTheFirst() {
        Iterator<Integer> polls = List.of(1, 2, 3).iterator();
        new JobWait(Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO, time, time)
                .until(polls::next, p -> p == 3, IllegalStateException::new, "a job");
        assertThat(time.sleeps).containsExactly(Duration.ofMillis(1), Duration.ZERO, Duration.ZERO);

        time.sleeps.clear();
        Iterator<Integer> more = List.of(1, 2, 3).iterator();
        wait(300, 5, 2).until(more::next, p -> p == 3, IllegalStateException::new, "a job");
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void anInterruptedPauseStopsTheWaitNamingTheJobAndKeepsTheInterrupt() {
        JobWait wait = new JobWait(Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(1), time, d -> {
            throw new InterruptedException();
        });

        try {
            assertThatThrownBy(() -> wait.until(() -> "x", s -> true, IllegalStateException::new, "an export"))
                    .isInstanceOf(RuntimeCamelException.class).hasMessage("Interrupted while waiting for an export")
                    .hasCauseInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
