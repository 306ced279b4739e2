package io.github.camelmartech.support.error;

/**
 * Bad input caught before any HTTP call. Names the field and the rule it breaks, e.g.
 * {@code subscribers[0].number: must be 7-15 digits, not starting with 0}.
 */
public class MarTechInvalidInputException extends IllegalArgumentException {

    private final String field;
    private final String rule;

    public MarTechInvalidInputException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    public String getField() {
        return field;
    }

    public String getRule() {
        return rule;
    }
}
