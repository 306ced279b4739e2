package io.github.camelmartech.apsis;

import java.time.Duration;

import io.github.camelmartech.support.testing.CatalogChecks;
import org.junit.jupiter.api.Test;

/** The catalog and the component doc tell users what the code does. */
class ApsisCatalogTest {

    @Test
    void everyHeaderTheDocsNameIsAHeaderTheComponentReads() {
        CatalogChecks.assertNamedHeadersAreDeclared("apsis");
        CatalogChecks.assertSharedOptionsNameTheirHeaders("apsis", ApsisConstants.OPERATION, ApsisConstants.HTTP_METHOD,
                ApsisConstants.PATH);
    }

    /** APSIS: polls with the same signature more than five minutes apart (terms of use). */
    @Test
    void consumersPollNoMoreOftenThanTheVendorAllowsByDefault() throws Exception {
        CatalogChecks.assertDefaultPollDelay("apsis", "apsis:mailinglists?apiKey=key-123", Duration.ofMinutes(5).plusMillis(1));
    }
}
