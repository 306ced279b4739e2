package io.github.camelmartech.tests.quarkus;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.camelmartech.accengage.AccengageComponent;
import io.github.camelmartech.affelios.AffeliosComponent;
import io.github.camelmartech.apifon.ApifonComponent;
import io.github.camelmartech.apsis.ApsisComponent;
import io.github.camelmartech.getresponse.GetResponseComponent;
import io.github.camelmartech.support.component.MarTechComponent;
import io.github.camelmartech.support.json.MarTechJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jars' GraalVM metadata ({@code META-INF/native-image/io.github.camelmartech/<artifactId>/}), checked against
 * the classes as Jackson and Camel see them: every class Jackson binds (a model, or a property type Jackson's own
 * introspection reaches from one) is registered for reflection with its constructors, methods and fields; every
 * class a Camel service file names is registered; every service file and catalog JSON is a registered resource.
 * Native images are not built here (no GraalVM): this is what keeps the shipped metadata complete.
 */
class NativeImageConfigTest {

    private static final Map<String, Class<?>> JARS = Map.of("camel-martech-support", MarTechComponent.class,
            "camel-apifon", ApifonComponent.class, "camel-apsis", ApsisComponent.class,
            "camel-getresponse", GetResponseComponent.class, "camel-accengage", AccengageComponent.class,
            "camel-affelios", AffeliosComponent.class);

    private static final Map<String, JsonNode> REFLECTION = new HashMap<>();
    private static final Set<String> OUR_CLASSES = new TreeSet<>();

    @BeforeAll
    static void readTheMetadataAndClassesOfEveryJar() throws Exception {
        for (Map.Entry<String, Class<?>> jar : JARS.entrySet()) {
            metadata(jar.getKey(), "reflect-config.json").forEach(entry -> REFLECTION.put(entry.get("name").asText(), entry));
            OUR_CLASSES.addAll(classNames(jar.getValue()));
        }
    }

    @Test
    void everyClassJacksonBindsIsRegisteredWithConstructorsMethodsAndFields() throws Exception {
        Set<String> bound = jacksonBound();

        assertThat(bound).as("models found").hasSizeGreaterThan(50);
        assertThat(bound).allSatisfy(name -> {
            JsonNode entry = REFLECTION.get(name);
            assertThat(entry).as(name + " is not registered for reflection").isNotNull();
            assertThat(entry.path("allDeclaredConstructors").asBoolean()).as(name).isTrue();
            assertThat(entry.path("allDeclaredMethods").asBoolean()).as(name).isTrue();
            assertThat(entry.path("allDeclaredFields").asBoolean()).as(name).isTrue();
        });
    }

    @Test
    void everyCamelServiceClassIsRegisteredAndEveryServiceFileAndCatalogIsAResource() throws Exception {
        for (Map.Entry<String, Class<?>> jar : JARS.entrySet()) {
            List<String> patterns = metadata(jar.getKey(), "resource-config.json").at("/resources/includes").findValuesAsText("pattern");
            for (String resource : resources(jar.getValue())) {
                assertThat(patterns).as(jar.getKey()).contains("\\Q" + resource + "\\E");
                for (String named : serviceClasses(jar.getValue(), resource)) {
                    assertThat(REFLECTION).as(resource).containsKey(named);
                }
            }
        }
        assertThat(REFLECTION).containsKeys(ApifonComponent.class.getName(), "io.github.camelmartech.apifon.ApifonComponentConfigurer",
                "io.github.camelmartech.apifon.ApifonEndpointUriFactory");
    }

    @Test
    void everyRegisteredClassExists() {
        assertThat(REFLECTION.keySet()).allSatisfy(name -> assertThat(OUR_CLASSES).as(name).contains(name));
    }

    /**
     * The classes a Camel service file names: {@code class=...} in a factory file (component, configurer, URI
     * factory), one class per line in {@code TypeConverterLoader}; none in {@code component.properties} (metadata).
     */
    private static List<String> serviceClasses(Class<?> member, String resource) throws IOException {
        if (!resource.startsWith("META-INF/services/org/apache/camel/") || resource.endsWith("component.properties")) {
            return List.of();
        }
        List<String> lines = read(member, resource).lines().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        if (resource.endsWith("/TypeConverterLoader")) {
            return lines;
        }
        List<String> named = lines.stream().filter(line -> line.startsWith("class="))
                .map(line -> line.substring("class=".length())).toList();
        assertThat(named).as(resource + " names its class").hasSize(1);
        return named;
    }

    /** The models, and every class of our jars that Jackson's introspection of them reaches, recursively. */
    private static Set<String> jacksonBound() throws ClassNotFoundException {
        ObjectMapper mapper = MarTechJson.mapper();
        Set<String> bound = new TreeSet<>();
        Deque<JavaType> pending = new ArrayDeque<>();
        for (String name : OUR_CLASSES) {
            if (name.contains(".model.") || name.endsWith("ExtensibleModel")) {
                pending.add(mapper.constructType(Class.forName(name, false, NativeImageConfigTest.class.getClassLoader())));
            }
        }
        while (!pending.isEmpty()) {
            JavaType type = pending.poll();
            if (!OUR_CLASSES.contains(type.getRawClass().getName()) || !bound.add(type.getRawClass().getName())) {
                type.getBindings().getTypeParameters().forEach(pending::add);
                if (type.getContentType() != null) {
                    pending.add(type.getContentType());
                }
                continue;
            }
            for (BeanDescription description : List.of(mapper.getSerializationConfig().introspect(type),
                    mapper.getDeserializationConfig().introspect(type))) {
                for (BeanPropertyDefinition property : description.findProperties()) {
                    pending.add(property.getPrimaryType());
                }
            }
        }
        return bound;
    }

    private static JsonNode metadata(String artifactId, String file) throws IOException {
        String path = "META-INF/native-image/io.github.camelmartech/" + artifactId + "/" + file;
        try (InputStream in = NativeImageConfigTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    /** The class names in the jar (or, in the reactor, the classes directory) that holds {@code member}. */
    private static List<String> classNames(Class<?> member) throws IOException, URISyntaxException {
        return entries(member).filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')).toList();
    }

    private static List<String> resources(Class<?> member) throws IOException, URISyntaxException {
        return entries(member).filter(name -> name.startsWith("META-INF/services/org/apache/camel/")
                                              || name.startsWith("META-INF/io/github/camelmartech/")).toList();
    }

    private static Stream<String> entries(Class<?> member) throws IOException, URISyntaxException {
        Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                List<String> names = files.filter(Files::isRegularFile)
                        .map(file -> location.relativize(file).toString().replace('\\', '/')).toList();
                return names.stream();
            }
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            List<String> names = jar.stream().filter(entry -> !entry.isDirectory()).map(java.util.zip.ZipEntry::getName).toList();
            return names.stream();
        }
    }

    /** A resource of the jar (or classes directory) holding {@code member}, not of the first jar that has one. */
    private static String read(Class<?> member, String resource) throws IOException {
        try {
            Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return Files.readString(location.resolve(resource));
            }
            try (JarFile jar = new JarFile(location.toFile()); InputStream in = jar.getInputStream(jar.getEntry(resource))) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
