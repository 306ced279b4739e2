package io.github.camelmartech.support.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import io.github.camelmartech.support.operation.Rule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date written in a vendor's pattern in a zone ({@link IsoDates#format(Object, DateTimeFormatter, ZoneId)}) and the
 * rule of what a date may be ({@link Rule#date}).
 */
class DateFormatTest {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Test
    void instantsAreWrittenInTheZoneAndLocalValuesAsTheyAre() {
        assertThat(IsoDates.format(LocalDateTime.of(2024, 1, 31, 23, 59, 59), BASIC, STOCKHOLM))
                .isEqualTo("20240131T235959");
        assertThat(IsoDates.format(LocalDate.of(2024, 1, 31), BASIC, STOCKHOLM)).isEqualTo("20240131T000000");
        assertThat(IsoDates.format(OffsetDateTime.parse("2024-01-31T22:59:59Z"), BASIC, STOCKHOLM))
                .isEqualTo("20240131T235959");
        assertThat(IsoDates.format(ZonedDateTime.parse("2024-01-31T22:59:59Z"), BASIC, STOCKHOLM))
                .isEqualTo("20240131T235959");
        assertThat(IsoDates.format(Instant.parse("2024-01-31T22:00:00Z"), BASIC, STOCKHOLM)).isEqualTo("20240131T230000");
        assertThat(IsoDates.format(Date.from(Instant.parse("2024-02-01T11:00:00Z")), BASIC, STOCKHOLM))
                .isEqualTo("20240201T120000");
        assertThat(IsoDates.format(" 20240131T235959 ", BASIC, STOCKHOLM)).isEqualTo("20240131T235959");
        assertThat(IsoDates.format(null, BASIC, STOCKHOLM)).isNull();
    }

    @Test
    void aDateIsAJavaTimeValueOrTextOfTheVendorsForm() {
        Rule rule = Rule.date("\\d{8}T\\d{6}", "a yyyyMMddTHHmmss date such as 20240131T235959");

        assertThat(rule.violation(null)).isNull();
        assertThat(rule.violation(Instant.now())).isNull();
        assertThat(rule.violation(LocalDate.now())).isNull();
        assertThat(rule.violation(new Date())).isNull();
        assertThat(rule.violation(" 20240131T235959 ")).isNull();
        assertThat(rule.violation("2024-01-31"))
                .isEqualTo("must be a java.time value or a yyyyMMddTHHmmss date such as 20240131T235959");
        assertThat(rule.violation(java.time.LocalTime.NOON)).startsWith("must be a java.time value or");
    }

    @Property(tries = 200)
    void anyInstantWrittenInAZoneReadsBackAsTheSameLocalTime(@ForAll("instants") Instant instant,
            @ForAll("zones") ZoneId zone) {
        String sent = IsoDates.format(instant, BASIC, zone);

        assertThat(sent).matches("\\d{8}T\\d{6}");
        assertThat(IsoDates.parse(sent, LocalDateTime.class))
                .isEqualTo(LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.SECONDS));
        assertThat(IsoDates.format(sent, BASIC, zone)).isEqualTo(sent);
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
}
