package io.github.camelmartech.accengage;

import java.time.Duration;

import io.github.camelmartech.support.testing.CatalogChecks;
import org.junit.jupiter.api.Test;

/** The catalog and the component doc tell users what the code does. */
class AccengageCatalogTest {

    @Test
    void everyHeaderTheDocsNameIsAHeaderTheComponentReads() {
        CatalogChecks.assertNamedHeadersAreDeclared("accengage");
        CatalogChecks.assertSharedOptionsNameTheirHeaders("accengage", AccengageConstants.OPERATION, AccengageConstants.HTTP_METHOD,
                AccengageConstants.PATH);
    }

    /** Accengage documents no rate limit; a minute between walks of a collection. */
    @Test
    void consumersPollNoMoreOftenThanTheVendorAllowsByDefault() throws Exception {
        CatalogChecks.assertDefaultPollDelay("accengage", "accengage:campaigns?apiKey=key-123&email=user@example.com&partnerId=p1", Duration.ofMinutes(1));
    }
}
