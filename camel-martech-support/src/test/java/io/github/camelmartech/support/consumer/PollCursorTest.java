package io.github.camelmartech.support.consumer;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PollCursorTest {

    private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-02T00:00:00Z");

    @Test
    void coversOlderItemsAndTheIdsSeenAtTheWatermarkOnly() {
        PollCursor c = PollCursor.START.advance(T1, "a").advance(T2, "b").advance(T2, "c");

        assertThat(c.covers(T1, "z")).isTrue();
        assertThat(c.covers(T2, "b")).isTrue();
        assertThat(c.covers(T2, "d")).isFalse(); // same timestamp, not emitted yet: must not be lost
        assertThat(c.covers(T2.plusMillis(1), "b")).isFalse(); // changed since: emitted again
        assertThat(PollCursor.START.covers(T1, "a")).isFalse();
    }

    @Test
    void survivesTheStateRepositoryRoundTrip() {
        PollCursor c = PollCursor.START.advance(T2, "b").advance(T2, "a");

        PollCursor back = PollCursor.parse(c.format());

        assertThat(back).isEqualTo(c);
        assertThat(back.idsAtWatermark()).isEqualTo(Set.of("a", "b"));
        assertThat(PollCursor.parse(null)).isEqualTo(PollCursor.START);
    }
}
