package io.github.camelmartech.affelios;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelmartech.affelios.model.AffeliosCustomer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Affelios timestamps: any instant, written in ISO-8601 at any offset (Z, +00:00, +02:00, ...), is read as that
 * instant and sent as the ISO-8601 Zulu timestamp the vendor document asks for.
 */
class AffeliosPropertiesTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Property(tries = 200)
    void anyInstantAtAnyOffsetIsSentAsItsZuluTimestamp(@ForAll("instants") Instant instant,
            @ForAll @IntRange(min = -18 * 60, max = 18 * 60) int offsetMinutes) throws Exception {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
        for (String written : new String[] { instant.toString(), OffsetDateTime.ofInstant(instant, offset).toString() }) {
            AffeliosCustomer customer = PLAIN.readValue("{\"externalId\":\"c1\",\"registrationDate\":\"" + written
                                                        + "\"}", AffeliosCustomer.class);
            assertThat(customer.getRegistrationDate()).as(written).isEqualTo(instant);
            JsonNode sent = PLAIN.readTree(PLAIN.writeValueAsString(customer));
            assertThat(sent.path("registrationDate").asText()).as(written).isEqualTo(instant.toString()).endsWith("Z");
        }
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("1970-01-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2999-12-31T23:59:59Z").toEpochMilli()).map(Instant::ofEpochMilli);
    }
}
