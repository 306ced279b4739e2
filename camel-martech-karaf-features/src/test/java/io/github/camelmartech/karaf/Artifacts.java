package io.github.camelmartech.karaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** A jar (or, in the reactor, a classes directory) of the test class path: its manifest and its packages. */
record Artifacts(Path location) {

    /** The jar holding {@code type}. */
    static Artifacts of(Class<?> type) {
        try {
            return new Artifacts(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar of Maven artifact {@code groupId:artifactId}, found by its pom.properties, if on the class path. */
    static Optional<Artifacts> find(String groupId, String artifactId) {
        URL url = Artifacts.class.getClassLoader().getResource("META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties");
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Artifacts(Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI())));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Manifest manifest() {
        try {
            if (Files.isDirectory(location)) {
                try (InputStream in = Files.newInputStream(location.resolve("META-INF/MANIFEST.MF"))) {
                    return new Manifest(in);
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                return jar.getManifest();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(location + ": no manifest", e);
        }
    }

    String header(String name) {
        return manifest().getMainAttributes().getValue(name);
    }

    /** The packages that hold at least one class. */
    Set<String> packages() {
        Set<String> packages = new TreeSet<>();
        try (Stream<String> names = entries()) {
            names.filter(name -> name.endsWith(".class") && name.contains("/") && !name.startsWith("META-INF/"))
                    .forEach(name -> packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packages;
    }

    private Stream<String> entries() throws IOException {
        if (Files.isDirectory(location)) {
            return Files.walk(location).filter(Files::isRegularFile).map(file -> location.relativize(file).toString().replace('\\', '/'));
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            return jar.stream().map(java.util.zip.ZipEntry::getName).toList().stream();
        }
    }
}
