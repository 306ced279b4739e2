package io.github.camelmartech.affelios;

import io.github.camelmartech.support.testing.CatalogChecks;
import org.junit.jupiter.api.Test;

/** The catalog and the component doc tell users what the code does. */
class AffeliosCatalogTest {

    @Test
    void everyHeaderTheDocsNameIsAHeaderTheComponentReads() {
        CatalogChecks.assertNamedHeadersAreDeclared("affelios");
        CatalogChecks.assertSharedOptionsNameTheirHeaders("affelios", AffeliosConstants.OPERATION, AffeliosConstants.HTTP_METHOD,
                AffeliosConstants.PATH);
    }
}
