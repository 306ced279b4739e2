package io.github.camelmartech.kamelets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every endpoint URI of the MarTech components the project publishes is valid for Camel's own catalog (camel-catalog
 * 4.18 with the five component JSONs added): in README.md and the modules' READMEs, the component docs, the
 * examples (Java and YAML) and the Kamelet templates. An unknown or mistyped option, a resource the component does
 * not have or a value of the wrong type fails the build, naming the file and the URI.
 */
class CatalogUriTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root")).toAbsolutePath().normalize();
    private static final MarTechCatalog CATALOG = new MarTechCatalog();

    @Test
    void everyPublishedUriIsValidForCamelsCatalog() throws IOException {
        List<PublishedUris.Found> found = new ArrayList<>();
        for (Path file : published()) {
            found.addAll(PublishedUris.in(file));
        }
        for (KameletFile kamelet : KameletFile.shipped()) {
            for (TemplateEndpoints.Use use : TemplateEndpoints.of(kamelet.template())) {
                String uri = KameletUris.filled(kamelet, use);
                if (PublishedUris.START.matcher(uri).matches()) {
                    found.add(new PublishedUris.Found(kamelet.path(), uri));
                }
            }
        }

        List<String> invalid = new ArrayList<>();
        for (PublishedUris.Found uri : found) {
            String problems = CATALOG.problems(PublishedUris.unwrapped(uri.uri()));
            if (!problems.isEmpty()) {
                invalid.add(ROOT.relativize(uri.file().toAbsolutePath()) + ": " + uri.uri() + "\n" + problems);
            }
        }
        assertThat(invalid).as("invalid endpoint URIs").isEmpty();
        // a floor that catches a scanner finding nothing: the generated operation tables of the docs name operations, not URIs
        assertThat(found).as("URIs found").hasSizeGreaterThan(100);
        assertThat(found).extracting(f -> ROOT.relativize(f.file().toAbsolutePath()).toString())
                .as("every kind of source was read")
                .anyMatch(f -> f.equals("README.md")).anyMatch(f -> f.endsWith(".adoc"))
                .anyMatch(f -> f.startsWith("examples/") && f.endsWith(".java"))
                .anyMatch(f -> f.startsWith("examples/") && f.endsWith(".yaml"))
                .anyMatch(f -> f.endsWith(".kamelet.yaml"));
    }

    @Test
    void aMistypedOptionOrAWrongValueIsFound() {
        assertThat(CATALOG.problems("apifon:sms?senderID=Acme")).contains("senderID");
        assertThat(CATALOG.problems("apifon:sms?dc=9")).contains("dc");
        assertThat(CATALOG.problems("apsis:subscribers?mailingListId=abc")).contains("mailingListId");
        assertThat(CATALOG.problems("getresponse:contact")).isNotEmpty();
        assertThat(CATALOG.problems("webhook:apifon:callbacks?webhookPath=/a&webhookSecrett=x")).contains("webhookSecrett");
        assertThat(CATALOG.problems("apifon:subscribers?listId={{apifon.list}}&delay=60000")).isEmpty();
        assertThat(PublishedUris.javaLiterals("from(\"apifon:subscribers?listId=\" + listId + \"&pageSize=2\")"))
                .containsExactly("apifon:subscribers?listId={{listId}}&pageSize=2");
    }

    /** README files, the component docs, and the examples' Java and YAML. */
    private static List<Path> published() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(ROOT)) {
            all.filter(Files::isRegularFile).filter(f -> !ROOT.relativize(f).toString().contains("target/"))
                    .filter(f -> !f.startsWith(ROOT.resolve(".git"))).forEach(f -> {
                        String path = ROOT.relativize(f).toString();
                        boolean readme = f.getFileName().toString().equals("README.md");
                        boolean docs = path.matches("camel-[^/]+/src/main/docs/.*\\.adoc");
                        boolean examples = path.startsWith("examples/") && path.matches(".*\\.(java|ya?ml)");
                        if (readme || docs || examples) {
                            files.add(f);
                        }
                    });
        }
        return files;
    }
}
