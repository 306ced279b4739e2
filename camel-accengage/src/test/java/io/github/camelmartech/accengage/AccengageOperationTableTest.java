package io.github.camelmartech.accengage;

import java.nio.file.Path;

import io.github.camelmartech.support.testing.OperationTableAssertions;
import org.junit.jupiter.api.Test;

/** The catalog and the docs list exactly the operations of the table the runner runs. */
class AccengageOperationTableTest {

    @Test
    void theCatalogListsEveryOperationAndResource() throws Exception {
        OperationTableAssertions.catalogListsTheTable(AccengageOperations.TABLE, "accengage");
    }

    @Test
    void theDocsListEveryOperation() throws Exception {
        OperationTableAssertions.docsListTheTable(AccengageOperations.TABLE,
                Path.of("src/main/docs/accengage-component.adoc"));
    }
}
