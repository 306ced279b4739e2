package io.github.camelmartech.support.testing;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks of a component's generated catalog ({@code META-INF/.../<scheme>.json}) and of its hand-written component doc
 * ({@code src/main/docs/<scheme>-component.adoc}) against what the code reads.
 */
public final class CatalogChecks {

    private static final Pattern CAMEL_HEADER = Pattern.compile("\\bCamel[A-Z][A-Za-z]*\\b");

    private CatalogChecks() {
    }

    /** The component's generated catalog. */
    public static JsonNode catalog(String scheme) {
        String path = "META-INF/io/github/camelmartech/" + scheme + "/" + scheme + ".json";
        try (InputStream in = CatalogChecks.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new AssertionError("unreadable " + path, e);
        }
    }

    /** An endpoint option of the catalog. */
    public static JsonNode endpointOption(String scheme, String name) {
        JsonNode option = catalog(scheme).path("properties").path(name);
        assertThat(option.isMissingNode()).as(scheme + " endpoint option " + name).isFalse();
        return option;
    }

    /**
     * Every {@code Camel...} header that an option description (component and endpoint) or the component doc names is
     * one the component declares in its catalog, or one of Camel's own exchange headers: a header users are told to
     * set is a header the code reads.
     */
    public static void assertNamedHeadersAreDeclared(String scheme) {
        JsonNode catalog = catalog(scheme);
        Set<String> known = new LinkedHashSet<>();
        catalog.path("headers").fieldNames().forEachRemaining(known::add);
        known.addAll(camelExchangeHeaders());
        known.add("CamelContext"); // not a header: Camel's own option descriptions name it
        List<String> unknown = new ArrayList<>();
        for (String section : new String[] { "componentProperties", "properties" }) {
            catalog.path(section).fields().forEachRemaining(option -> {
                for (String header : headersNamedIn(option.getValue().path("description").asText())) {
                    if (!known.contains(header)) {
                        unknown.add(section + "." + option.getKey() + " names " + header);
                    }
                }
            });
        }
        for (String header : headersNamedIn(componentDoc(scheme))) {
            // a doc may name the common prefix of a family of headers (CamelApsis + a placeholder's name)
            if (!known.contains(header) && known.stream().noneMatch(k -> k.startsWith(header))) {
                unknown.add(scheme + "-component.adoc names " + header);
            }
        }
        assertThat(unknown).as("headers named but not read by " + scheme).isEmpty();
    }

    /**
     * The options every vendor shares name this component's headers that override them, in the catalog and in the
     * doc's option table when it has one.
     */
    public static void assertSharedOptionsNameTheirHeaders(String scheme, String operationHeader, String httpMethodHeader,
                                                           String pathHeader) {
        JsonNode catalog = catalog(scheme);
        String doc = componentDoc(scheme);
        for (String[] pair : new String[][] { { "operation", operationHeader }, { "httpMethod", httpMethodHeader },
                { "path", pathHeader } }) {
            for (String section : new String[] { "componentProperties", "properties" }) {
                assertThat(catalog.path(section).path(pair[0]).path("description").asText())
                        .as(scheme + " " + section + "." + pair[0]).contains(pair[1]);
            }
            assertThat(catalog.path("headers").has(pair[1])).as(scheme + " declares header " + pair[1]).isTrue();
            doc.lines().filter(l -> l.startsWith("| `" + pair[0] + "` ")).forEach(row -> assertThat(row)
                    .as(scheme + "-component.adoc row of " + pair[0]).contains(pair[1]));
        }
    }

    /**
     * The consumer's default poll delay is in the catalog, respects the vendor's limit ({@code atLeast}), and is the
     * delay a consumer of {@code consumerUri} (no delay option) gets; a delay option such as {@code 2m} still wins.
     */
    public static void assertDefaultPollDelay(String scheme, String consumerUri, Duration atLeast) throws Exception {
        long catalogDefault = endpointOption(scheme, "delay").path("defaultValue").asLong();
        assertThat(catalogDefault).as(scheme + " catalog default of delay").isGreaterThanOrEqualTo(atLeast.toMillis());
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            assertThat(pollDelay(context, consumerUri)).as("delay of " + scheme + " consumers").isEqualTo(catalogDefault);
            assertThat(pollDelay(context, consumerUri + "&delay=2m")).as("delay=2m").isEqualTo(120_000);
        }
    }

    private static long pollDelay(CamelContext context, String uri) throws Exception {
        Consumer consumer = context.getEndpoint(uri).createConsumer(exchange -> {
        });
        return ((ScheduledPollConsumer) consumer).getDelay();
    }

    /** The component doc of the module under test (tests run in the module's directory). */
    public static String componentDoc(String scheme) {
        Path doc = Path.of("src/main/docs/" + scheme + "-component.adoc");
        try {
            return Files.readString(doc);
        } catch (IOException e) {
            throw new AssertionError("no component doc " + doc.toAbsolutePath(), e);
        }
    }

    private static Set<String> headersNamedIn(String text) {
        Set<String> headers = new LinkedHashSet<>();
        Matcher m = CAMEL_HEADER.matcher(text);
        while (m.find()) {
            headers.add(m.group());
        }
        return headers;
    }

    private static Set<String> camelExchangeHeaders() {
        Set<String> names = new LinkedHashSet<>();
        for (Field field : Exchange.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }
}
