package io.github.camelmartech.support.json;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;

/**
 * Reading and writing the dates of models ({@link IsoDate}). Written: ISO-8601 text in UTC-preserving form (an
 * {@code Instant} as {@code ...Z}, an offset date-time with its offset). Read: ISO-8601 with an offset, a {@code Z},
 * an offset without colon ({@code +0000}) or none (UTC where an instant is needed), the basic form
 * {@code 20240131T235959}, Microsoft JSON dates {@code /Date(1015286583000+0800)/}, and numbers as epoch milliseconds.
 */
public final class IsoDates {

    private static final Pattern MICROSOFT = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");
    private static final Pattern BASIC = Pattern.compile("\\d{8}T\\d{6}");
    private static final DateTimeFormatter BASIC_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    /** ISO date-time whose offset may lack the colon ({@code +0000}), as GetResponse writes it. */
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XXX][XX][X]").toFormatter();

    private IsoDates() {
    }

    /**
     * Parses a date as vendors send it into {@code type} (Instant, OffsetDateTime, ZonedDateTime, LocalDateTime or
     * LocalDate); text without an offset is UTC where an instant is needed.
     *
     * @throws DateTimeException when the text is none of the forms read
     */
    public static <T> T parse(String text, Class<T> type) {
        String value = text.trim().replace("\\/", "/");
        Matcher ms = MICROSOFT.matcher(value);
        if (ms.matches()) {
            ZoneOffset offset = ms.group(2) == null ? ZoneOffset.UTC : ZoneOffset.of(ms.group(2));
            return convert(Instant.ofEpochMilli(Long.parseLong(ms.group(1))).atOffset(offset), type);
        }
        if (BASIC.matcher(value).matches()) {
            return convert(LocalDateTime.parse(value, BASIC_FORMAT), type);
        }
        if (value.length() == 10) {
            return convert(LocalDate.parse(value), type);
        }
        TemporalAccessor parsed = OFFSET_WITHOUT_COLON.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
        return convert((Temporal) parsed, type);
    }

    /** Parses with a vendor's pattern ({@code @JsonFormat}) when the text follows it, else as {@link #parse}. */
    static <T> T parse(String text, Class<T> type, DateTimeFormatter pattern) {
        if (pattern != null) {
            try {
                TemporalAccessor parsed = pattern.parseBest(text.trim(), OffsetDateTime::from, LocalDateTime::from,
                        LocalDate::from);
                return convert((Temporal) parsed, type);
            } catch (DateTimeParseException e) {
                // another form: ISO-8601 or a vendor's
            }
        }
        return parse(text, type);
    }

    /** The ISO-8601 text of a date (or the vendor's pattern when given). */
    public static String format(Temporal value, DateTimeFormatter pattern) {
        if (pattern != null) {
            return pattern.format(value);
        }
        if (value instanceof Instant instant) {
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        }
        if (value instanceof OffsetDateTime offset) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(offset);
        }
        if (value instanceof ZonedDateTime zoned) {
            return DateTimeFormatter.ISO_ZONED_DATE_TIME.format(zoned);
        }
        if (value instanceof LocalDateTime local) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        }
        return value.toString();
    }

    /**
     * A date as a vendor's URL or body wants it, in {@code pattern}: an instant (an {@code Instant}, an offset or zoned
     * date-time, a {@code java.util.Date}) in {@code zone}, a local date or date-time as it is; any other value, text
     * in the vendor's form say, as its text, trimmed. Null for null.
     */
    public static String format(Object value, DateTimeFormatter pattern, ZoneId zone) {
        if (value instanceof LocalDateTime local) {
            return local.format(pattern);
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay().format(pattern);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone).format(pattern);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone).format(pattern);
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone).format(pattern);
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).format(pattern);
        }
        return value == null ? null : value.toString().trim();
    }

    /** Whether {@link #format(Object, DateTimeFormatter, ZoneId)} writes the value as a date, not as its text. */
    public static boolean isDate(Object value) {
        return value instanceof LocalDateTime || value instanceof LocalDate || value instanceof OffsetDateTime
               || value instanceof ZonedDateTime || value instanceof Instant || value instanceof Date;
    }

    private static <T> T convert(Temporal value, Class<T> type) {
        OffsetDateTime offset = value instanceof OffsetDateTime o ? o
                : value instanceof LocalDateTime l ? l.atOffset(ZoneOffset.UTC)
                : value instanceof LocalDate d ? d.atStartOfDay().atOffset(ZoneOffset.UTC) : null;
        Object result;
        if (type == Instant.class) {
            result = offset.toInstant();
        } else if (type == OffsetDateTime.class) {
            result = offset;
        } else if (type == ZonedDateTime.class) {
            result = offset.toZonedDateTime();
        } else if (type == LocalDateTime.class) {
            result = value instanceof LocalDateTime l ? l : offset.toLocalDateTime();
        } else if (type == LocalDate.class) {
            result = value instanceof LocalDate d ? d : offset.toLocalDate();
        } else {
            throw new DateTimeException("not a date type of the models: " + type.getName());
        }
        return type.cast(result);
    }

    private static DateTimeFormatter pattern(JsonFormat.Value format) {
        return format != null && format.hasPattern() ? DateTimeFormatter.ofPattern(format.getPattern()) : null;
    }

    /** Writes a date as ISO-8601 text, or in the property's {@code @JsonFormat} pattern. */
    public static final class Serializer extends JsonSerializer<Temporal> implements ContextualSerializer {

        private final DateTimeFormatter pattern;

        public Serializer() {
            this(null);
        }

        private Serializer(DateTimeFormatter pattern) {
            this.pattern = pattern;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) {
            DateTimeFormatter p = property == null ? null
                    : pattern(property.findPropertyFormat(provider.getConfig(), property.getType().getRawClass()));
            return p == null ? this : new Serializer(p);
        }

        @Override
        public void serialize(Temporal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(format(value, pattern));
        }
    }

    /** Reads a date of the property's type from ISO-8601 text, the vendors' forms or epoch milliseconds. */
    public static final class Deserializer extends JsonDeserializer<Object> implements ContextualDeserializer {

        private final Class<?> type;
        private final DateTimeFormatter pattern;

        public Deserializer() {
            this(Instant.class, null);
        }

        private Deserializer(Class<?> type, DateTimeFormatter pattern) {
            this.type = type;
            this.pattern = pattern;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            if (property == null) {
                return this;
            }
            Class<?> raw = property.getType().getRawClass();
            return new Deserializer(raw, pattern(property.findPropertyFormat(ctxt.getConfig(), raw)));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return convert(Instant.ofEpochMilli(p.getLongValue()).atOffset(ZoneOffset.UTC), type);
            }
            String text = p.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return parse(text, type, pattern);
            } catch (DateTimeParseException | ArithmeticException e) {
                return ctxt.handleWeirdStringValue(type, text, "not an ISO-8601 date (nor a vendor's date form): "
                                                               + e.getMessage());
            } catch (DateTimeException e) {
                return ctxt.handleWeirdStringValue(type, text, e.getMessage());
            }
        }
    }
}
