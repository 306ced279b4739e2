package io.github.camelmartech.apifon;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * WireMock as Apifon, a fixed clock, and a check that recomputes the HMAC signature of every received request
 * from what the server actually got (method, path without query, body bytes, date header).
 */
abstract class ApifonTestSupport extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static final String TOKEN = "5b5a6ca0deb4bdba5bab";
    static final String SECRET = "secret123";
    static final Instant NOW = Instant.parse("2016-09-29T12:18:56Z");
    static final String DATE = "Thu, 29 Sep 2016 12:18:56 GMT";
    static final String JSON = "application/json";

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("fixedClock", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static String uri(String resource, String options) {
        return "apifon:" + resource + "?apiToken=" + TOKEN + "&apiSecret=" + SECRET + "&clock=#fixedClock&baseUrl="
               + wm.baseUrl() + options;
    }

    /** The one request matching the pattern, after checking its signature. */
    static LoggedRequest signed(RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = wm.findAll(pattern);
        assertThat(requests).as("requests matching " + pattern.build()).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertSigned(request);
        return request;
    }

    /** The call fails before any HTTP call with an invalid-input exception naming the field and the rule. */
    void assertInvalid(String uri, Object body, Map<String, Object> headers, String field, String rule) {
        assertInvalid(uri, body, headers, field, rule, null);
    }

    /** ... and where the value came from ({@code header CamelApifonRecipients}), unless {@code source} is null. */
    void assertInvalid(String uri, Object body, Map<String, Object> headers, String field, String rule, String source) {
        int before = wm.getAllServeEvents().size();
        assertThatThrownBy(() -> template.requestBodyAndHeaders(uri, body, headers))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOfSatisfying(MarTechInvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getRule()).contains(rule);
                    if (source != null) {
                        assertThat(e.getSource()).isEqualTo(source);
                        assertThat(e.getMessage()).endsWith("(from " + source + ")");
                    }
                });
        assertThat(wm.getAllServeEvents()).as("no HTTP call").hasSize(before);
    }

    static void assertSigned(LoggedRequest request) {
        String date = request.getHeader(ApifonHmacAuth.DATE_HEADER);
        assertThat(date).isEqualTo(DATE);
        String url = request.getUrl();
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        String body = request.getBodyAsString();
        String expected = ApifonHmacAuth.sign(SECRET, request.getMethod().getName(), path, body, date);
        assertThat(request.getHeader("Authorization")).isEqualTo("ApifonWS " + TOKEN + ":" + expected);
    }
}
