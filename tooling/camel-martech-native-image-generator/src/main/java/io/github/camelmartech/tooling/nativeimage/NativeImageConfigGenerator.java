package io.github.camelmartech.tooling.nativeimage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a jar's GraalVM reachability metadata, which native-image reads from
 * {@code META-INF/native-image/<groupId>/<artifactId>/} of every jar on its class path: reflection for the Camel
 * SPI classes (instantiated by name from service files) and the Jackson-bound classes, and the jar's resources
 * (Camel's service files, the component JSON). Usage:
 * {@code NativeImageConfigGenerator <class output directory> <groupId> <artifactId> <output root>...}; run with
 * the module's class path, after compile. Files are rewritten only when their content changes.
 */
public final class NativeImageConfigGenerator {

    private NativeImageConfigGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            throw new IllegalArgumentException(
                    "usage: NativeImageConfigGenerator <class output directory> <groupId> <artifactId> <output root>...");
        }
        CompiledClasses classes = CompiledClasses.of(Path.of(args[0]));
        Map<String, String> files = generate(classes, Thread.currentThread().getContextClassLoader(), args[1], args[2]);
        for (String root : Arrays.copyOfRange(args, 3, args.length)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                writeIfChanged(Path.of(root).resolve(file.getKey()), file.getValue());
            }
        }
        System.out.println("camel-martech-native-image-generator: " + args[2] + ": reflection for "
                           + classes.camelServiceClasses().size() + " Camel service and "
                           + JacksonBoundClasses.of(classes, Thread.currentThread().getContextClassLoader()).size()
                           + " Jackson-bound classes");
    }

    /** The two files, by their path relative to an output root. */
    static Map<String, String> generate(CompiledClasses classes, ClassLoader loader, String groupId, String artifactId)
            throws IOException, ClassNotFoundException {
        String directory = "META-INF/native-image/" + groupId + "/" + artifactId + "/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(directory + "reflect-config.json", reflectConfig(classes.camelServiceClasses(), JacksonBoundClasses.of(classes, loader)));
        files.put(directory + "resource-config.json", resourceConfig(classes.resources()));
        return files;
    }

    private static String reflectConfig(List<String> services, List<String> jacksonBound) throws IOException {
        ObjectMapper mapper = mapper();
        Map<String, ObjectNode> entries = new TreeMap<>();
        // Camel creates them through their no-argument constructor
        services.forEach(name -> entries.put(name, mapper.createObjectNode().put("name", name)
                .put("allDeclaredConstructors", true).put("allPublicMethods", true)));
        // Jackson finds creators, getters, setters and fields reflectively
        jacksonBound.forEach(name -> entries.put(name, mapper.createObjectNode().put("name", name)
                .put("allDeclaredConstructors", true).put("allDeclaredMethods", true).put("allDeclaredFields", true)));
        ArrayNode config = mapper.createArrayNode();
        entries.values().forEach(config::add);
        return mapper.writeValueAsString(config) + "\n";
    }

    private static String resourceConfig(List<String> resources) throws IOException {
        ObjectMapper mapper = mapper();
        ObjectNode config = mapper.createObjectNode();
        ArrayNode includes = config.putObject("resources").putArray("includes");
        resources.forEach(resource -> includes.addObject().put("pattern", Pattern.quote(resource)));
        return mapper.writeValueAsString(config) + "\n";
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static void writeIfChanged(Path path, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(path) || !Arrays.equals(Files.readAllBytes(path), bytes)) {
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
        }
    }
}
