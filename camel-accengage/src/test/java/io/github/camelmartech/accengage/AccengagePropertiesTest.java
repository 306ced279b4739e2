package io.github.camelmartech.accengage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.testing.MarTechArbitraries;
import io.github.camelmartech.support.testing.VendorStub;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.time.api.Dates;
import org.apache.camel.CamelExecutionException;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accengage: for any Unicode JSON body the signature is SHA-1(received body bytes + key + Accengage-Time) in hex,
 * recomputed independently over what the stub received; any date is sent as lastOpen=YYYY-MM-DD and anything that
 * is not a date is refused naming lastOpen before any call.
 */
class AccengagePropertiesTest {

    private static final String KEY = "prop-kéy-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static VendorStub stub;

    @BeforeContainer
    static void start() {
        stub = VendorStub.start(Map.of());
        stub.wireMock().stubFor(post("/v1/access_token").willReturn(okJson("{\"token_type\":\"Bearer\",\"access_token\":\"t-1\"}")));
        stub.wireMock().stubFor(any(urlPathMatching("/v1/me/apps/.*")).willReturn(okJson("[]")));
    }

    @AfterContainer
    static void stop() {
        stub.close();
    }

    @BeforeTry
    void reset() {
        stub.reset();
    }

    private static String uri(String resource, String options) {
        return "accengage:" + resource + "?apiKey=RAW(" + KEY + ")&email=me@example.com&partnerId=123&maxRetries=0&baseUrl="
               + stub.baseUrl() + options;
    }

    @Property(tries = 100)
    void anyUnicodeBodyIsSignedOverTheBytesReceived(@ForAll("texts") String text) throws Exception {
        String body = JSON.writeValueAsString(Map.of("name", text));
        stub.template().requestBodyAndHeaders(uri("request", ""), body,
                Map.of(AccengageConstants.HTTP_METHOD, "POST", AccengageConstants.PATH, "/v1/me/apps/123/things"));

        LoggedRequest request = stub.wireMock().findAll(postRequestedFor(urlEqualTo("/v1/me/apps/123/things"))).get(0);
        assertThat(JSON.readTree(request.getBody()).get("name").asText()).isEqualTo(text);
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(request.getBody());
        sha1.update((KEY + request.getHeader("Accengage-Time")).getBytes(StandardCharsets.UTF_8));
        assertThat(request.getHeader("Accengage-Signature")).isEqualTo(HexFormat.of().formatHex(sha1.digest()));
        assertThat(request.getHeader("Accengage-Time")).matches("\\d{10}");
    }

    @Property(tries = 100)
    void anyDateIsSentAsLastOpen(@ForAll("dates") LocalDate date) {
        stub.template().requestBodyAndHeader(uri("devices", ""), null, AccengageConstants.LAST_OPEN, date.toString());

        LoggedRequest request = stub.wireMock().findAll(getRequestedFor(urlPathEqualTo("/v1/me/apps/123/devices"))).get(0);
        assertThat(request.getUrl()).isEqualTo("/v1/me/apps/123/devices?lastOpen=" + date);
    }

    @Property(tries = 100)
    void anythingThatIsNotADateIsRefusedBeforeAnyCall(@ForAll("notDates") String lastOpen) {
        assertThatThrownBy(() -> stub.template().requestBodyAndHeader(uri("devices", ""), null,
                AccengageConstants.LAST_OPEN, lastOpen))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOfSatisfying(MarTechInvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("lastOpen"));
        assertThat(stub.received()).isEmpty();
    }

    @Provide
    Arbitrary<String> texts() {
        return MarTechArbitraries.unicodeText(60);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().yearBetween(1970, 2999);
    }

    @Provide
    Arbitrary<String> notDates() {
        return Arbitraries.oneOf(MarTechArbitraries.unicodeText(12),
                dates().map(d -> d.toString() + "T00:00:00Z"), dates().map(d -> d.toString().replace('-', '/')),
                Arbitraries.of("2024-02-30", "2024-13-01", "2024-1-1", "20240101"))
                .filter(s -> { try { LocalDate.parse(s); return false; } catch (RuntimeException e) { return true; } });
    }
}
