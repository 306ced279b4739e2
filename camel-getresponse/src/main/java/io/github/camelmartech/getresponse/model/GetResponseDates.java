package io.github.camelmartech.getresponse.model;

/** GetResponse writes and reads dates as ISO-8601 with the offset without colon: {@code 2024-04-01T10:00:00+0000}. */
final class GetResponseDates {

    /** For {@code @JsonFormat} on the models' {@code OffsetDateTime}s ({@code @IsoDate} reads every ISO-8601 form). */
    static final String PATTERN = "yyyy-MM-dd'T'HH:mm:ssxx";

    private GetResponseDates() {
    }
}
