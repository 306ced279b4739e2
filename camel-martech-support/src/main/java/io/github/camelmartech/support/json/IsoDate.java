package io.github.camelmartech.support.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * The suite's one date convention, on every {@code java.time} property of a model ({@code Instant},
 * {@code OffsetDateTime}, {@code ZonedDateTime}, {@code LocalDateTime}, {@code LocalDate}): written as ISO-8601 text
 * ({@code 2024-01-15T10:30:00Z}, {@code 2024-01-15T11:30:00+01:00}, {@code 2024-01-15}) by any Jackson mapper, with or
 * without the JSR-310 module, and read back from ISO-8601 and from the forms vendors send ({@link IsoDates#parse}).
 * A {@code @JsonFormat(pattern = ...)} on the property replaces the ISO form where a vendor's API wants another one.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = IsoDates.Serializer.class)
@JsonDeserialize(using = IsoDates.Deserializer.class)
public @interface IsoDate {
}
