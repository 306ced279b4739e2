package io.github.camelmartech.getresponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.testing.MarTechArbitraries;
import io.github.camelmartech.support.testing.PercentEncoding;
import io.github.camelmartech.support.testing.VendorStub;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import org.apache.camel.CamelExecutionException;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * GetResponse query building: for any Unicode filter and range values, the query GetResponse receives decodes back
 * to exactly {@code query[field]=value} pairs in order, with no raw '+', '&', '=' or '#' inside a value (so neither
 * form decoding nor splitting can change it); field names outside letters, digits and _ are refused before any call.
 */
class GetResponsePropertiesTest {

    private static VendorStub stub;

    @BeforeContainer
    static void start() {
        stub = VendorStub.start(Map.of());
        stub.wireMock().stubFor(get(urlPathEqualTo("/v3/contacts")).willReturn(okJson("[]")
                .withHeader("TotalPages", "1").withHeader("CurrentPage", "1")));
    }

    @AfterContainer
    static void stop() {
        stub.close();
    }

    @BeforeTry
    void reset() {
        stub.reset();
    }

    private static String uri() {
        return "getresponse:contacts?apiKey=prop-key-0123456789&maxRetries=0&baseUrl=" + stub.baseUrl() + "/v3";
    }

    @Property(tries = 100)
    void anyUnicodeFilterAndRangeValueDecodesBackFromTheReceivedQuery(
            @ForAll("values") String name, @ForAll("values") String from, @ForAll("values") String campaign) {
        GetResponseQuery query = GetResponseQuery.create().filter("name", name).range("createdOn", from, null)
                .filter("campaignId", campaign);

        stub.template().requestBodyAndHeader(uri(), null, GetResponseConstants.QUERY, query);

        LoggedRequest request = stub.onlyRequest();
        String raw = request.getUrl().substring(request.getUrl().indexOf('?') + 1);
        assertThat(raw).doesNotContain("+", "#", " ");
        Map<String, String> received = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", -1);
            assertThat(kv).as("one '=' per pair in " + pair).hasSize(2);
            received.put(PercentEncoding.decode(kv[0]), PercentEncoding.decode(kv[1]));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("query[name]", name);
        expected.put("query[createdOn][from]", from);
        expected.put("query[campaignId]", campaign);
        assertThat(received).containsAllEntriesOf(expected);
        assertThat(List.copyOf(received.keySet()).subList(0, 3)).containsExactlyElementsOf(expected.keySet());
    }

    @Property(tries = 100)
    void fieldNamesOutsideLettersDigitsAndUnderscoreAreRefusedBeforeAnyCall(@ForAll("badFieldNames") String field) {
        assertThatThrownBy(() -> stub.template().requestBodyAndHeader(uri(), null, GetResponseConstants.QUERY,
                Map.of("query", Map.of(field, "x"))))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOfSatisfying(MarTechInvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("query"));
        assertThat(stub.received()).isEmpty();
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(MarTechArbitraries.unicodeText(30),
                Arbitraries.of("a+b@example.com", "x&query[email]=evil", "=", "#frag", "%2B", "100%", "a b"))
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<String> badFieldNames() {
        return MarTechArbitraries.unicodeText(12).filter(s -> !s.matches("[A-Za-z][A-Za-z0-9_]*"));
    }
}
