package io.github.camelmartech.getresponse;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** WireMock as GetResponse; every request found is checked for the API key header and the absence of X-Domain. */
abstract class GetResponseTestSupport extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static final String KEY = "jfgs8jh4ksg93ban9Dfgh8";
    static final String JSON = "application/json";

    static String uri(String resource, String options) {
        return "getresponse:" + resource + "?apiKey=" + KEY + "&baseUrl=" + wm.baseUrl() + "/v3" + options;
    }

    /** The one request matching the pattern, authenticated with the API key, without X-Domain (retail). */
    static LoggedRequest one(RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = wm.findAll(pattern);
        assertThat(requests).as("requests matching " + pattern.build()).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getHeader("X-Auth-Token")).isEqualTo("api-key " + KEY);
        assertThat(request.containsHeader("X-Domain")).as("X-Domain is never sent for retail").isFalse();
        return request;
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

    static Map<String, Object> op(String operation) {
        return Map.of(GetResponseConstants.OPERATION, operation);
    }

    static Map<String, Object> op(String operation, String id) {
        return Map.of(GetResponseConstants.OPERATION, operation, GetResponseConstants.ID, id);
    }
}
