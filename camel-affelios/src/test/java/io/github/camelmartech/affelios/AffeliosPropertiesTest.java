package io.github.camelmartech.affelios;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import io.github.camelmartech.affelios.model.AffeliosCustomer;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Affelios timestamps: any instant written in ISO-8601 UTC (with or without milliseconds, Z or +00:00) is accepted;
 * the same instant at any other offset, or without an offset, is refused naming the field.
 */
class AffeliosPropertiesTest {

    @Property(tries = 200)
    void anyInstantInUtcIsAcceptedAndAtAnyOtherOffsetRefused(@ForAll("instants") Instant instant,
            @ForAll @IntRange(min = -18 * 60, max = 18 * 60) int offsetMinutes) {
        for (String utc : new String[] { instant.toString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atOffset(ZoneOffset.UTC)).replace("Z", "+00:00"), instant.truncatedTo(ChronoUnit.SECONDS).toString() }) {
            assertThatCode(() -> AffeliosValidation.newCustomer(customer(utc))).as(utc).doesNotThrowAnyException();
        }
        String local = instant.atOffset(ZoneOffset.UTC).toLocalDateTime().toString();
        assertRefused(local);
        if (offsetMinutes != 0) {
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
            assertRefused(OffsetDateTime.ofInstant(instant, offset).toString());
        }
    }

    private static void assertRefused(String date) {
        assertThatThrownBy(() -> AffeliosValidation.newCustomer(customer(date))).as(date)
                .isInstanceOfSatisfying(MarTechInvalidInputException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.getField()).isEqualTo("registrationDate"));
    }

    private static AffeliosCustomer customer(String registrationDate) {
        AffeliosCustomer c = new AffeliosCustomer();
        c.setExternalId("c1");
        c.setExternalBrandId("b1");
        c.setRegistrationDate(registrationDate);
        return c;
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("1970-01-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2999-12-31T23:59:59Z").toEpochMilli()).map(Instant::ofEpochMilli);
    }
}
