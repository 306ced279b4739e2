package io.github.camelmartech.apsis;

import java.util.List;

import io.github.camelmartech.support.testing.PathInjection;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/**
 * APSIS path parameters: a text id (an import id) that tries to leave its segment reaches APSIS encoded in it; the
 * numeric ids refuse such values before any call.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApsisPathInjectionTest extends ApsisTestSupport {

    static final List<String> HOSTILE = PathInjection.HOSTILE_VALUES;

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void anImportIdStaysInItsSegment(String importId) {
        wm.stubFor(any(anyUrl()).willReturn(okJson(envelope("{}"))));

        template.requestBodyAndHeader(uri("imports", "&operation=status"), null, ApsisConstants.IMPORT_ID, importId);

        PathInjection.assertOnlyRequest(wm.findAll(anyRequestedFor(anyUrl())), "/import/v2/", importId, "/status");
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void aNumericIdRefusesTheValueBeforeAnyCall(String mailingListId) {
        assertInvalid(uri("mailinglists", "&operation=get"), null, headers(ApsisConstants.MAILING_LIST_ID, mailingListId),
                "mailingListId", "must be a positive number");
    }
}
