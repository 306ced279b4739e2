package io.github.camelmartech.sandbox.launcher;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import io.github.camelmartech.sandbox.SandboxVendor;

/**
 * What to run: vendors by component name, each on its default port, on {@code name=port} (0: any free port), or
 * all of them when none is named; with demo data unless {@code --no-data}; the properties also written to
 * {@code propertiesFile} when {@code --write-properties FILE} names one (else null).
 */
record LauncherArguments(Map<SandboxVendor, Integer> ports, boolean seed, Path propertiesFile, boolean help) {

    static final String USAGE = """
            Usage: java -jar camel-martech-sandbox-launcher.jar [vendor[=port] ...] [--no-data]
                                                                [--write-properties FILE] [--help]
              vendor     apifon, apsis, getresponse, accengage or affelios; all five when none is named
              =port      the port to listen on (0: any free one); by default apifon 8081, apsis 8082,
                         getresponse 8083, accengage 8084, affelios 8085
              --no-data  start empty instead of with the demo lists, subscribers, contacts, campaigns and customers
              --write-properties FILE
                         also write the camel.component.* properties to FILE (a properties file), e.g. for
                         -Dcamel.main.override-properties-location=file:FILE
            Stop with Ctrl-C.""";

    static int defaultPort(SandboxVendor vendor) {
        return 8081 + vendor.ordinal();
    }

    static LauncherArguments parse(String... args) {
        Map<SandboxVendor, Integer> ports = new EnumMap<>(SandboxVendor.class);
        boolean seed = true;
        Path propertiesFile = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--no-data".equals(arg)) {
                seed = false;
            } else if ("--write-properties".equals(arg)) {
                if (i + 1 == args.length || args[i + 1].isBlank()) {
                    throw new IllegalArgumentException("--write-properties needs a file name");
                }
                propertiesFile = Path.of(args[++i]);
            } else if ("--help".equals(arg) || "-h".equals(arg)) {
                help = true;
            } else if ("all".equals(arg)) {
                for (SandboxVendor vendor : SandboxVendor.values()) {
                    ports.put(vendor, defaultPort(vendor));
                }
            } else if (arg.startsWith("-")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else {
                int eq = arg.indexOf('=');
                SandboxVendor vendor = SandboxVendor.of(eq < 0 ? arg : arg.substring(0, eq));
                ports.put(vendor, eq < 0 ? defaultPort(vendor) : port(arg.substring(eq + 1), vendor));
            }
        }
        if (ports.isEmpty()) {
            for (SandboxVendor vendor : SandboxVendor.values()) {
                ports.put(vendor, defaultPort(vendor));
            }
        }
        return new LauncherArguments(ports, seed, propertiesFile, help);
    }

    private static int port(String value, SandboxVendor vendor) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException(vendor.scheme() + "=" + value + ": the port must be 0 to 65535");
    }
}
