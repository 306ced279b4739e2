package io.github.camelmartech.tooling.nativeimage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** What a module's class output directory holds: its classes by name, and its other files (resources). */
record CompiledClasses(Path directory, List<String> classNames, List<String> resources) {

    /** Not shipped for the application to read: the jar's own metadata and this generator's output. */
    private static final List<String> NOT_RESOURCES = List.of("META-INF/MANIFEST.MF", "META-INF/jandex.idx",
            "META-INF/native-image/", "META-INF/maven/");

    static CompiledClasses of(Path directory) throws IOException {
        TreeSet<String> classes = new TreeSet<>();
        TreeSet<String> resources = new TreeSet<>();
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String path = directory.relativize(file).toString().replace('\\', '/');
                if (path.endsWith(".class")) {
                    if (!path.endsWith("module-info.class") && !path.endsWith("package-info.class")) {
                        classes.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
                    }
                } else if (NOT_RESOURCES.stream().noneMatch(path::startsWith)) {
                    resources.add(path);
                }
            });
        }
        return new CompiledClasses(directory, List.copyOf(classes), List.copyOf(resources));
    }

    boolean contains(Class<?> type) {
        return classNames.contains(type.getName());
    }

    /**
     * The classes Camel instantiates by name: each {@code class=} line of the service files under
     * {@code META-INF/services/org/apache/camel/} (components, configurers, URI factories, ...), and each class line
     * of {@code TypeConverterLoader} (type converter loaders, listed one per line).
     */
    List<String> camelServiceClasses() throws IOException {
        TreeSet<String> named = new TreeSet<>();
        for (String resource : resources) {
            if (resource.startsWith("META-INF/services/org/apache/camel/")) {
                boolean loaders = resource.endsWith("/TypeConverterLoader");
                for (String line : Files.readAllLines(directory.resolve(resource))) {
                    String text = line.strip();
                    if (text.startsWith("class=")) {
                        named.add(text.substring("class=".length()).strip());
                    } else if (loaders && !text.isEmpty() && !text.startsWith("#")) {
                        named.add(text);
                    }
                }
            }
        }
        return List.copyOf(named);
    }
}
