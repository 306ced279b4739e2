package io.github.camelmartech.support.error;

/**
 * Bad input caught before any HTTP call. Names the field, the rule it breaks and, where known, where the value came
 * from, e.g. {@code subscribers[0].number: must be 7-15 digits, not starting with 0 (from header CamelApifonRecipients)}.
 */
public class MarTechInvalidInputException extends IllegalArgumentException {

    private final String field;
    private final String rule;
    private final String source;

    public MarTechInvalidInputException(String field, String rule) {
        this(field, rule, null);
    }

    /**
     * @param source where the value came from ({@code option senderId}, {@code header CamelApifonSenderId},
     *               {@code the body}), or null when unknown
     */
    public MarTechInvalidInputException(String field, String rule, String source) {
        super(field + ": " + rule + (source == null ? "" : " (from " + source + ")"));
        this.field = field;
        this.rule = rule;
        this.source = source;
    }

    public String getField() {
        return field;
    }

    public String getRule() {
        return rule;
    }

    /** Where the bad value came from ({@code option senderId}, {@code header ...}, {@code the body}), or null. */
    public String getSource() {
        return source;
    }
}
