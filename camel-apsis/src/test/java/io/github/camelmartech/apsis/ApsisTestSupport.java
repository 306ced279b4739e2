package io.github.camelmartech.apsis;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.testing.FakeTime;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** WireMock as APSIS, and a fake clock whose sleeper advances it, so throttle and queued pauses never sleep. */
abstract class ApsisTestSupport extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static final String KEY = "abc123";
    /** The seed's example: key abc123, empty password. */
    static final String BASIC = "Basic YWJjMTIzOg==";

    final FakeTime time = new FakeTime(Instant.parse("2024-03-01T10:00:00Z"));

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("fakeClock", time);
        registry.bind("fakeSleeper", time.sleeper());
    }

    static String uri(String resource, String options) {
        return "apsis:" + resource + "?apiKey=" + KEY + "&baseUrl=" + wm.baseUrl()
               + "&clock=#fakeClock&sleeper=#fakeSleeper" + (options.contains("maxRetries") ? "" : "&maxRetries=0")
               + options;
    }

    static String envelope(String result) {
        return "{\"Code\":1,\"Message\":\"OK\",\"Result\":" + result + "}";
    }

    static Map<String, Object> headers(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The call fails before any HTTP call with an invalid-input exception naming the field and the rule. */
    void assertInvalid(String uri, Object body, Map<String, Object> headers, String field, String rule) {
        int before = wm.getAllServeEvents().size();
        assertThatThrownBy(() -> template.requestBodyAndHeaders(uri, body, headers))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOfSatisfying(MarTechInvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getRule()).contains(rule);
                });
        assertThat(wm.getAllServeEvents()).as("no HTTP call").hasSize(before);
    }
}
