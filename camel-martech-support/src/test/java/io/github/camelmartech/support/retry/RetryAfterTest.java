package io.github.camelmartech.support.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsDeltaSecondsInEveryFormSeen() {
        assertThat(RetryAfter.parse("120", clock)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 1.5 ", clock)).isEqualTo(Duration.ofMillis(1500));
        assertThat(RetryAfter.parse("513 seconds", clock)).isEqualTo(Duration.ofSeconds(513));
        assertThat(RetryAfter.parse("0", clock)).isEqualTo(Duration.ZERO);
    }

    @Test
    void readsHttpDatesAndEpochSeconds() {
        assertThat(RetryAfter.parse("Tue, 24 Nov 2026 10:01:00 GMT", clock)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RetryAfter.parse(String.valueOf(Instant.parse("2026-11-24T10:00:42Z").getEpochSecond()), clock))
                .isEqualTo(Duration.ofSeconds(42));
        assertThat(RetryAfter.parse("Tue, 24 Nov 2026 09:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
    }

    @Test
    void ignoresWhatItDoesNotUnderstand() {
        assertThat(RetryAfter.parse("soon", clock)).isNull();
        assertThat(RetryAfter.parse("", clock)).isNull();
        assertThat(RetryAfter.parse(null, clock)).isNull();
        assertThat(RetryAfter.parse("-5", clock)).isNull();
    }
}
