package io.github.camelmartech.support.transport;

import java.io.IOException;
import java.time.Duration;

import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.testing.FakeTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sliding-window throttle and the per-credential registry, on a fake clock whose sleeps advance it. */
class ThrottleStepTest {

    private static final TransportStep.Chain OK = request -> new ApiResponse(request, 200, new java.util.TreeMap<>(),
            new byte[0]);

    private static void send(TransportStep step, int times) throws IOException {
        for (int i = 0; i < times; i++) {
            step.proceed(ApiRequest.get("/x").build(), OK);
        }
    }

    @Test
    void aRequestBeyondThePermitsWaitsUntilTheOldestLeavesTheWindow() throws IOException {
        FakeTime time = new FakeTime();
        ThrottleStep throttle = new ThrottleStep(2, Duration.ofMinutes(1), time, time);

        send(throttle, 2);
        assertThat(time.sleeps).isEmpty();
        send(throttle, 1);

        assertThat(time.sleeps).containsExactly(Duration.ofMinutes(1));
    }

    @Test
    void sixtyAMinuteLetsTheSixtyFirstWaitOnce() throws IOException {
        FakeTime time = new FakeTime();
        ThrottleStep throttle = new ThrottleStep(60, Duration.ofMinutes(1), time, time);

        send(throttle, 61);

        assertThat(time.sleeps).containsExactly(Duration.ofMinutes(1));
    }

    @Test
    void noPermitsTurnTheLimitOff() throws IOException {
        FakeTime time = new FakeTime();

        send(new ThrottleStep(0, Duration.ofMinutes(1), time, time), 100);

        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void endpointsWithTheSameCredentialAndLimitShareOneThrottleKeyedByADigest() throws IOException {
        FakeTime time = new FakeTime();
        Throttles throttles = new Throttles();
        Duration minute = Duration.ofMinutes(1);

        ThrottleStep first = throttles.of("key-1", 2, minute, time, time);
        assertThat(throttles.of("key-1", 2, minute, time, time)).isSameAs(first);
        assertThat(throttles.of("key-2", 2, minute, time, time)).isNotSameAs(first);
        assertThat(throttles.of("key-1", 3, minute, time, time)).isNotSameAs(first);
        assertThat(Throttles.key("key-1", 2, 60_000)).doesNotContain("key-1").endsWith("/2/60000");

        send(first, 1);
        send(throttles.of("key-1", 2, minute, time, time), 1);
        assertThat(time.sleeps).isEmpty();
        send(first, 1);
        assertThat(time.sleeps).containsExactly(minute);
    }
}
