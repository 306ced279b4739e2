package io.github.camelmartech.apifon;

import java.time.Duration;

import io.github.camelmartech.support.testing.CatalogChecks;
import org.junit.jupiter.api.Test;

/** The catalog and the component doc tell users what the code does. */
class ApifonCatalogTest {

    @Test
    void everyHeaderTheDocsNameIsAHeaderTheComponentReads() {
        CatalogChecks.assertNamedHeadersAreDeclared("apifon");
        CatalogChecks.assertSharedOptionsNameTheirHeaders("apifon", ApifonConstants.OPERATION, ApifonConstants.HTTP_METHOD,
                ApifonConstants.PATH);
    }

    /** Apifon documents no rate limit; a minute between walks of a collection. */
    @Test
    void consumersPollNoMoreOftenThanTheVendorAllowsByDefault() throws Exception {
        CatalogChecks.assertDefaultPollDelay("apifon", "apifon:subscribers?apiToken=token-123&apiSecret=secret-123&listId=l1", Duration.ofMinutes(1));
    }
}
