package io.github.camelmartech.kamelets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** A {@code *.kamelet.yaml} file, read as a tree. */
record KameletFile(Path path, JsonNode yaml) {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The Kamelets this module ships, from its sources. */
    static List<KameletFile> shipped() {
        return load(Path.of(System.getProperty("project.root", ".."), "camel-martech-kamelets", "src", "main", "resources",
                "kamelets"));
    }

    static List<KameletFile> load(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<KameletFile> kamelets = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".kamelet.yaml")).sorted().toList()) {
                kamelets.add(new KameletFile(file, YAML.readTree(file.toFile())));
            }
            return kamelets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return yaml.path("metadata").path("name").asText();
    }

    String type() {
        return yaml.path("metadata").path("labels").path("camel.apache.org/kamelet.type").asText();
    }

    JsonNode definition() {
        return yaml.path("spec").path("definition");
    }

    JsonNode template() {
        return yaml.path("spec").path("template");
    }

    @Override
    public String toString() {
        return path.getFileName().toString();
    }
}
