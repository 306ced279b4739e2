package io.github.camelmartech.support.operation;

/**
 * A value with where it came from, so that a check failing on it can say so: {@code option senderId},
 * {@code header CamelApifonSenderId}, {@code the body}.
 */
public record Sourced(Object value, Origin origin, String name) {

    /** The kinds of places a route gives an operation its input. */
    public enum Origin {
        OPTION, HEADER, BODY
    }

    public static Sourced option(String name, Object value) {
        return new Sourced(value, Origin.OPTION, name);
    }

    public static Sourced header(String name, Object value) {
        return new Sourced(value, Origin.HEADER, name);
    }

    public static Sourced body(String field, Object value) {
        return new Sourced(value, Origin.BODY, field);
    }

    /** How an error names the place: {@code option senderId}, {@code header CamelX}, {@code body field x}. */
    public String describe() {
        return switch (origin) {
            case OPTION -> "option " + name;
            case HEADER -> "header " + name;
            case BODY -> name == null || name.isEmpty() ? "the body" : "body field " + name;
        };
    }

    public String text() {
        return value == null ? null : value.toString();
    }
}
