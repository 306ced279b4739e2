package io.github.camelmartech.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The examples' settings: {@code examples.<vendor>.<name>} in {@code application.properties}, overridden by the
 * environment variable {@code <VENDOR>_<NAME>} in upper snake case ({@code examples.apifon.apiToken} is
 * {@code APIFON_API_TOKEN}). Credentials set here send that vendor's examples to its real API.
 */
final class Settings {

    private final Properties properties;
    private final Map<String, String> environment;

    Settings(Properties properties, Map<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    static Settings load() {
        Properties properties = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Settings(properties, System.getenv());
    }

    /** Settings without credentials: every vendor goes to the sandbox (what the test suite runs). */
    static Settings sandboxOnly() {
        return new Settings(new Properties(), Map.of());
    }

    String get(String vendor, String name) {
        String env = environment.get(vendor.toUpperCase(Locale.ROOT) + "_" + name.replaceAll("([a-z])([A-Z])", "$1_$2")
                .toUpperCase(Locale.ROOT));
        String value = env != null ? env : properties.getProperty("examples." + vendor + "." + name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
