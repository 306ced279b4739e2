package io.github.camelmartech.testvendor;

import io.github.camelmartech.support.testing.CatalogChecks;
import org.junit.jupiter.api.Test;

/** The catalog and the component doc tell users what the code does. */
class TestVendorCatalogTest {

    @Test
    void everyHeaderTheDocsNameIsAHeaderTheComponentReads() {
        CatalogChecks.assertNamedHeadersAreDeclared("testvendor");
        CatalogChecks.assertSharedOptionsNameTheirHeaders("testvendor", TestVendorConstants.OPERATION,
                TestVendorConstants.HTTP_METHOD, TestVendorConstants.PATH);
    }
}
