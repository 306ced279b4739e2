package io.github.camelmartech.tooling.starter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a component's Spring Boot starter sources from its catalog JSON, the one source of its options: the
 * configuration properties class, the auto-configuration, the bean-reference converter, the
 * {@code AutoConfiguration.imports} file and the metadata hints. Usage:
 * {@code StarterGenerator <component JSON> <output directory>}; the output directory gets {@code java/} and
 * {@code resources/} (a starter's {@code src/generated}). Files whose content is unchanged are not rewritten, and
 * files in the output directory that the generator no longer writes are deleted, so the committed tree is
 * exactly the generator's output and {@code git status} shows when it is stale.
 */
public final class StarterGenerator {

    static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";
    static final String HINTS = "META-INF/additional-spring-configuration-metadata.json";

    private StarterGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: StarterGenerator <component JSON> <output directory>");
        }
        Path output = Path.of(args[1]);
        Map<String, String> files = generate(ComponentModel.read(Path.of(args[0])));
        int written = write(output, files);
        System.out.println("camel-martech-starter-generator: " + files.size() + " files in " + output + ", " + written
                           + " rewritten");
    }

    /** The starter's files, by their path relative to the output directory. */
    static Map<String, String> generate(ComponentModel component) throws IOException {
        StarterNames names = StarterNames.of(component);
        List<StarterProperty> properties = component.options().stream().map(StarterProperty::of).toList();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("java/" + names.sourcePath(names.configuration()), ConfigurationClassSource.write(names, component, properties));
        files.put("java/" + names.sourcePath(names.autoConfiguration()), AutoConfigurationSource.write(names, component));
        files.put("java/" + names.sourcePath(names.converter()), ConverterSource.write(names, properties));
        files.put("resources/" + IMPORTS, names.packageName() + "." + names.converter() + "\n"
                                          + names.packageName() + "." + names.autoConfiguration() + "\n");
        files.put("resources/" + HINTS, MetadataHintsSource.write(names, component));
        return files;
    }

    private static int write(Path output, Map<String, String> files) throws IOException {
        int written = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = output.resolve(file.getKey());
            byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
            if (!Files.exists(path) || !Arrays.equals(Files.readAllBytes(path), content)) {
                Files.createDirectories(path.getParent());
                Files.write(path, content);
                written++;
            }
        }
        deleteOthers(output, files);
        return written;
    }

    private static void deleteOthers(Path output, Map<String, String> files) throws IOException {
        if (!Files.isDirectory(output)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(output)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                String relative = output.relativize(path).toString().replace('\\', '/');
                try {
                    if (Files.isRegularFile(path) && !files.containsKey(relative)) {
                        Files.delete(path);
                    } else if (Files.isDirectory(path) && !path.equals(output) && isEmpty(path)) {
                        Files.delete(path);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}
