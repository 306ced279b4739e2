package io.github.camelmartech.getresponse;

import java.time.Duration;

import io.github.camelmartech.support.testing.CatalogChecks;
import org.junit.jupiter.api.Test;

/** The catalog and the component doc tell users what the code does. */
class GetResponseCatalogTest {

    @Test
    void everyHeaderTheDocsNameIsAHeaderTheComponentReads() {
        CatalogChecks.assertNamedHeadersAreDeclared("getresponse");
        CatalogChecks.assertSharedOptionsNameTheirHeaders("getresponse", GetResponseConstants.OPERATION, GetResponseConstants.HTTP_METHOD,
                GetResponseConstants.PATH);
    }

    /** GetResponse: 30,000 calls per 10 minutes shared with the producers. */
    @Test
    void consumersPollNoMoreOftenThanTheVendorAllowsByDefault() throws Exception {
        CatalogChecks.assertDefaultPollDelay("getresponse", "getresponse:contacts?apiKey=key-123", Duration.ofMinutes(1));
    }
}
