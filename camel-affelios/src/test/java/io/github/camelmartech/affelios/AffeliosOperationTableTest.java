package io.github.camelmartech.affelios;

import java.nio.file.Path;

import io.github.camelmartech.support.testing.OperationTableAssertions;
import org.junit.jupiter.api.Test;

/** The catalog and the docs list exactly the operations of the table the runner runs. */
class AffeliosOperationTableTest {

    @Test
    void theCatalogListsEveryOperationAndResource() throws Exception {
        OperationTableAssertions.catalogListsTheTable(AffeliosOperations.TABLE, "affelios");
    }

    @Test
    void theDocsListEveryOperation() throws Exception {
        OperationTableAssertions.docsListTheTable(AffeliosOperations.TABLE,
                Path.of("src/main/docs/affelios-component.adoc"));
    }
}
