package io.github.camelmartech.apsis;

import java.nio.file.Path;

import io.github.camelmartech.support.testing.OperationTableAssertions;
import org.junit.jupiter.api.Test;

/** The catalog and the docs list exactly the operations of the table the runner runs. */
class ApsisOperationTableTest {

    @Test
    void theCatalogListsEveryOperationAndResource() throws Exception {
        OperationTableAssertions.catalogListsTheTable(ApsisOperations.TABLE, "apsis");
    }

    @Test
    void theDocsListEveryOperation() throws Exception {
        OperationTableAssertions.docsListTheTable(ApsisOperations.TABLE,
                Path.of("src/main/docs/apsis-component.adoc"));
    }
}
