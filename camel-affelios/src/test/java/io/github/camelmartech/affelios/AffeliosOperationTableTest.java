package io.github.camelmartech.affelios;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelmartech.support.testing.OperationTableAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog and the docs list exactly the operations of the table the runner runs, and the architecture document,
 * which shows Affelios as the worked example of adding a vendor, shows its table and endpoint as they are.
 */
class AffeliosOperationTableTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/camelmartech/affelios");

    @Test
    void theCatalogListsEveryOperationAndResource() throws Exception {
        OperationTableAssertions.catalogListsTheTable(AffeliosOperations.TABLE, "affelios");
    }

    @Test
    void theDocsListEveryOperation() throws Exception {
        OperationTableAssertions.docsListTheTable(AffeliosOperations.TABLE,
                Path.of("src/main/docs/affelios-component.adoc"));
    }

    @Test
    void theArchitectureDocumentShowsTheTableAndTheEndpointAsTheyAre() throws Exception {
        String document = read(Path.of("../docs/architecture.md"));
        String operations = read(SOURCES.resolve("AffeliosOperations.java"));
        String endpoint = read(SOURCES.resolve("AffeliosEndpoint.java"));

        int table = operations.indexOf("    private static final String CUSTOMER");
        assertThat(document).as("docs/architecture.md shows AffeliosOperations' table verbatim")
                .contains(operations.substring(table, operations.indexOf(".build();\n", table) + ".build();\n".length()));
        assertThat(document).as("docs/architecture.md shows AffeliosEndpoint verbatim")
                .contains(endpoint.substring(endpoint.indexOf("@UriEndpoint(")));
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
