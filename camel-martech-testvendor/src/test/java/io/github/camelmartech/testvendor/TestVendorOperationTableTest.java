package io.github.camelmartech.testvendor;

import java.nio.file.Path;

import io.github.camelmartech.support.testing.OperationTableAssertions;
import org.junit.jupiter.api.Test;

/** The catalog and the docs list exactly the operations of the table the runner runs. */
class TestVendorOperationTableTest {

    @Test
    void theCatalogListsEveryOperationAndResource() throws Exception {
        OperationTableAssertions.catalogListsTheTable(TestVendorOperations.TABLE, "testvendor");
    }

    @Test
    void theDocsListEveryOperation() throws Exception {
        OperationTableAssertions.docsListTheTable(TestVendorOperations.TABLE,
                Path.of("src/main/docs/testvendor-component.adoc"));
    }
}
