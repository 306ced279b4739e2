package io.github.camelmartech.apsis;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.testing.MarTechArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * APSIS dates: any instant written as yyyyMMddTHHmmss in a zone reads back as the same local time; any Microsoft
 * JSON date /Date(ms+hhmm)/ reads as that instant at that offset; text that is not yyyyMMddTHHmmss is refused
 * naming the field.
 */
class ApsisPropertiesTest {

    @Property(tries = 200)
    void anyInstantFormattedInAZoneReadsBackAsTheSameLocalTime(@ForAll("instants") Instant instant,
            @ForAll("zones") ZoneId zone) {
        String sent = ApsisDates.format("dateFrom", instant, zone);

        assertThat(sent).matches("\\d{8}T\\d{6}");
        assertThat(ApsisDates.parse(sent).toLocalDateTime())
                .isEqualTo(LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.SECONDS));
        assertThat(ApsisDates.format("dateFrom", sent, zone)).isEqualTo(sent);
    }

    @Property(tries = 200)
    void anyMicrosoftJsonDateReadsAsItsInstantAtItsOffset(@ForAll("instants") Instant instant,
            @ForAll @IntRange(min = -14 * 60, max = 14 * 60) int offsetMinutes) {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
        String hhmm = String.format("%s%02d%02d", offsetMinutes < 0 ? "-" : "+", Math.abs(offsetMinutes) / 60,
                Math.abs(offsetMinutes) % 60);
        String json = "/Date(" + instant.toEpochMilli() + hhmm + ")/";

        for (String text : new String[] { json, json.replace("/", "\\/") }) {
            OffsetDateTime read = ApsisDates.parse(text);
            assertThat(read.toInstant()).isEqualTo(Instant.ofEpochMilli(instant.toEpochMilli()));
            assertThat(read.getOffset()).isEqualTo(offset);
        }
    }

    @Property(tries = 150)
    void textThatIsNotYyyyMMddTHHmmssIsRefusedNamingTheField(@ForAll("notApsisDates") String text) {
        assertThatThrownBy(() -> ApsisDates.format("dateTo", text, ZoneOffset.UTC))
                .isInstanceOfSatisfying(MarTechInvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("dateTo"));
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("1900-01-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2999-12-31T23:59:59Z").toEpochMilli()).map(Instant::ofEpochMilli);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneId.getAvailableZoneIds()).map(ZoneId::of);
    }

    @Provide
    Arbitrary<String> notApsisDates() {
        return Arbitraries.oneOf(MarTechArbitraries.unicodeText(20),
                instants().map(i -> i.toString()), instants().map(i -> i.atOffset(ZoneOffset.UTC).toLocalDateTime().toString()))
                .filter(s -> !s.trim().matches("\\d{8}T\\d{6}"));
    }
}
