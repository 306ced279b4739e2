package io.github.camelmartech.apifon;

import java.nio.file.Path;

import io.github.camelmartech.support.testing.OperationTableAssertions;
import org.junit.jupiter.api.Test;

/** The catalog and the docs list exactly the operations of the table the runner runs. */
class ApifonOperationTableTest {

    @Test
    void theCatalogListsEveryOperationAndResource() throws Exception {
        OperationTableAssertions.catalogListsTheTable(ApifonOperations.TABLE, "apifon");
    }

    @Test
    void theDocsListEveryOperation() throws Exception {
        OperationTableAssertions.docsListTheTable(ApifonOperations.TABLE, Path.of("src/main/docs/apifon-component.adoc"));
    }
}
