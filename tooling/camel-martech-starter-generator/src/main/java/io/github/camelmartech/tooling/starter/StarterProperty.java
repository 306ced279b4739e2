package io.github.camelmartech.tooling.starter;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one component option becomes a Spring Boot configuration property: the field's type, its default, its
 * description. As Camel's own starters do, primitives become wrappers (null: not configured, so the component's
 * own value stays), defaults are the catalog's, and object options are bound from {@code #beanName} references.
 * Unlike them, durations are {@link Duration}s, so {@code 5s} or {@code 2m} bind like in the catalog (a plain
 * number is milliseconds, as in the catalog); the component's configurer turns the Duration into its own type.
 * (The generated class imports {@code java.time.Duration}: the configuration processor reads a default such as
 * {@code Duration.ofSeconds(10)} as {@code 10s} only when written with the simple name.)
 */
record StarterProperty(String name, String javaType, String initializer, String description, boolean deprecated,
                       boolean beanReference, String dashedName) {

    private static final Map<String, String> WRAPPERS = Map.of("boolean", "Boolean", "int", "Integer", "long", "Long",
            "double", "Double", "float", "Float", "short", "Short", "byte", "Byte", "char", "Character");
    private static final Set<String> DURATION_TYPES = Set.of("long", "java.lang.Long", "int", "java.lang.Integer",
            "java.time.Duration");

    static StarterProperty of(ComponentModel.Option option) {
        String javaType;
        String initializer;
        String description = option.description();
        boolean beanReference = false;
        if ("duration".equals(option.type())) {
            if (!DURATION_TYPES.contains(option.javaType())) {
                throw new IllegalArgumentException("option " + option.name() + ": a duration of Java type "
                                                   + option.javaType() + " is not supported");
            }
            javaType = "Duration";
            initializer = option.defaultValue() == null ? null : durationLiteral(option.defaultValue());
            if (!description.toLowerCase(Locale.ROOT).contains("duration")) {
                description = sentence(description) + " A duration: 500ms, 5s, 2m, 1h, or a number of milliseconds.";
            }
        } else if (WRAPPERS.containsKey(option.javaType())) {
            javaType = WRAPPERS.get(option.javaType());
            initializer = option.defaultValue() == null ? null : literal(javaType, option.defaultValue(), option.name());
        } else if (option.javaType().startsWith("java.lang.")) {
            javaType = option.javaType().substring("java.lang.".length());
            initializer = option.defaultValue() == null ? null : literal(javaType, option.defaultValue(), option.name());
        } else if ("object".equals(option.type())) {
            javaType = option.javaType();
            initializer = null;
            beanReference = true;
            description = sentence(description) + " The option is a " + option.javaType()
                          + " type: the name of a bean, as #name.";
        } else {
            throw new IllegalArgumentException("option " + option.name() + ": type " + option.type() + " of Java type "
                                               + option.javaType() + " is not supported");
        }
        return new StarterProperty(option.name(), javaType, initializer, description, option.deprecated(), beanReference,
                dashed(option.name()));
    }

    /** The raw class for a (possibly generic) type, e.g. {@code org.apache.camel.spi.StateRepository}. */
    String rawType() {
        int generic = javaType.indexOf('<');
        return generic < 0 ? javaType : javaType.substring(0, generic);
    }

    /** The getter's and setter's suffix: the name with its first letter in upper case. */
    String capitalized() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Spring Boot's canonical (kebab-case) form of a camelCase name, as in properties files and the metadata. */
    static String dashed(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String literal(String javaType, String value, String option) {
        return switch (javaType) {
            case "String" -> JavaText.stringLiteral(value);
            case "Boolean" -> Boolean.toString(Boolean.parseBoolean(value));
            case "Integer" -> Integer.toString(Integer.parseInt(value));
            case "Long" -> Long.parseLong(value) + "L";
            case "Double" -> Double.parseDouble(value) + "D";
            case "Float" -> Float.parseFloat(value) + "F";
            default -> throw new IllegalArgumentException("option " + option + ": a default value of type " + javaType
                                                          + " is not supported");
        };
    }

    /** Catalog durations are milliseconds ({@code 10000}) or Camel's units ({@code 10s}, {@code 1m30s}). */
    private static String durationLiteral(String value) {
        long millis = value.matches("\\d+") ? Long.parseLong(value) : catalogDuration(value).toMillis();
        if (millis % 60_000 == 0 && millis > 0) {
            return "Duration.ofMinutes(" + millis / 60_000 + ")";
        }
        if (millis % 1000 == 0) {
            return "Duration.ofSeconds(" + millis / 1000 + ")";
        }
        return "Duration.ofMillis(" + millis + ")";
    }

    private static Duration catalogDuration(String value) {
        if (value.matches("\\d+ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        String iso = value.toUpperCase(Locale.ROOT);
        return Duration.parse(iso.endsWith("D") ? "P" + iso : "PT" + iso);
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() || trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }
}
