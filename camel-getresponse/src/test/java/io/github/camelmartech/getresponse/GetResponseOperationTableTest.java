package io.github.camelmartech.getresponse;

import java.nio.file.Path;

import io.github.camelmartech.support.testing.OperationTableAssertions;
import org.junit.jupiter.api.Test;

/** The catalog and the docs list exactly the operations of the table the runner runs. */
class GetResponseOperationTableTest {

    @Test
    void theCatalogListsEveryOperationAndResource() throws Exception {
        OperationTableAssertions.catalogListsTheTable(GetResponseOperations.TABLE, "getresponse");
    }

    @Test
    void theDocsListEveryOperation() throws Exception {
        OperationTableAssertions.docsListTheTable(GetResponseOperations.TABLE,
                Path.of("src/main/docs/getresponse-component.adoc"));
    }
}
