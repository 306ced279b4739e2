package io.github.camelmartech.tooling.endpointdsl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the endpoint builders of the given components from their catalog JSON, found on the class path
 * ({@link ComponentJson}). Run by camel-martech-endpointdsl's build before it compiles:
 * {@code EndpointDslGenerator <output source dir> <package> <scheme>...}. Files are rewritten only when their text
 * changes, and files of the package this run did not write are deleted, so the output is exactly the catalog's.
 */
public final class EndpointDslGenerator {

    private EndpointDslGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: EndpointDslGenerator <output source dir> <package> <scheme>...");
        }
        Path directory = Path.of(args[0]).resolve(args[1].replace('.', '/'));
        List<String> schemes = List.of(args).subList(2, args.length);
        int changed = generate(directory, args[1], schemes, Thread.currentThread().getContextClassLoader());
        System.out.println("Endpoint DSL: " + schemes.size() + " components, " + changed + " files changed in " + directory);
    }

    /** Generates into {@code directory}; returns how many files were written or deleted. */
    static int generate(Path directory, String packageName, List<String> schemes, ClassLoader classLoader)
            throws IOException {
        List<ComponentModel> components = new ArrayList<>();
        List<BuilderFactoryWriter> factories = new ArrayList<>();
        for (String scheme : schemes) {
            ComponentModel component = load(scheme, classLoader);
            components.add(component);
            factories.add(new BuilderFactoryWriter(component, packageName));
        }
        Files.createDirectories(directory);
        Set<Path> written = new HashSet<>();
        int changed = 0;
        for (BuilderFactoryWriter factory : factories) {
            changed += write(directory.resolve(factory.factoryName() + ".java"), factory.write(), written);
        }
        AggregateWriter aggregate = new AggregateWriter(factories, packageName);
        changed += write(directory.resolve("MarTechEndpointBuilders.java"), aggregate.builders(), written);
        changed += write(directory.resolve("MarTechEndpoints.java"), aggregate.statics(components), written);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path stale : files.filter(f -> f.toString().endsWith(".java") && !written.contains(f)).toList()) {
                Files.delete(stale);
                changed++;
            }
        }
        return changed;
    }

    static ComponentModel load(String scheme, ClassLoader classLoader) throws IOException {
        try (InputStream in = ComponentJson.open(scheme, classLoader)) {
            return ComponentModel.read(in);
        }
    }

    private static int write(Path file, String text, Set<Path> written) {
        written.add(file);
        try {
            if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                return 0;
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
