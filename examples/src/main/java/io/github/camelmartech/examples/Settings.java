package io.github.camelmartech.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The examples' settings: {@code examples.<vendor>.<name>} or, for component options, {@code
 * camel.component.<vendor>.<name>} (the lines the sandbox launcher prints and writes) in the properties file given on
 * the command line, else the environment variable {@code <VENDOR>_<NAME>} in upper snake case
 * ({@code examples.apifon.apiToken} is {@code APIFON_API_TOKEN}), else {@code application.properties}. A vendor whose
 * credentials are all set here is called at its {@code baseUrl} (the real API when none is set) instead of an
 * in-process simulator.
 */
final class Settings {

    static final String USAGE = """
            Usage: java -jar camel-martech-examples.jar [FILE]
              FILE  a properties file with camel.component.<vendor>.<option> or examples.<vendor>.<setting> lines, e.g.
                    what `java -jar camel-martech-sandbox-launcher.jar --write-properties FILE` writes; it wins over
                    the environment and application.properties. A vendor whose credentials are set is called at
                    its baseUrl, every other one runs against a simulator started in-process.""";

    private final Properties file;
    private final Map<String, String> environment;
    private final Properties properties;

    Settings(Properties file, Map<String, String> environment, Properties properties) {
        this.file = file;
        this.environment = environment;
        this.properties = properties;
    }

    /** The application's settings: {@code args} names the properties file, if any. */
    static Settings load(String... args) {
        if (args.length > 1) {
            throw new IllegalArgumentException("one properties file at most, not " + String.join(" ", args));
        }
        Properties file = new Properties();
        if (args.length == 1) {
            try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
                file.load(in);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("no properties file " + Path.of(args[0]).toAbsolutePath(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + args[0], e);
            }
        }
        Properties properties = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Settings(file, System.getenv(), properties);
    }

    /** Settings without credentials: every vendor goes to the sandbox (what the test suite runs). */
    static Settings sandboxOnly() {
        return new Settings(new Properties(), Map.of(), new Properties());
    }

    String get(String vendor, String name) {
        String value = lookUp(file, vendor, name);
        if (value == null) {
            value = environment.get(vendor.toUpperCase(Locale.ROOT) + "_"
                                    + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
        }
        if (value == null) {
            value = lookUp(properties, vendor, name);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String lookUp(Properties source, String vendor, String name) {
        String example = source.getProperty("examples." + vendor + "." + name);
        return example != null ? example : source.getProperty("camel.component." + vendor + "." + name);
    }
}
