package io.github.camelmartech.tests.quarkus.styles;

import java.util.Map;

import jakarta.inject.Inject;

import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.sandbox.quarkus.InjectSimulator;
import io.github.camelmartech.sandbox.quarkus.SandboxTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * The sandbox README's Quarkus test style: {@link SandboxTestResource} starts the Apifon simulator before the
 * application, makes its {@code camel.component.apifon.*} properties the application's configuration and sets the
 * {@link InjectSimulator} field. The profile is this module's own need: its application also polls four vendors,
 * which this test does not configure, so it leaves those routes out.
 */
@QuarkusTest
@WithTestResource(value = SandboxTestResource.class, initArgs = @ResourceArg(name = "vendor", value = "apifon"))
@TestProfile(WelcomeRouteQuarkusTest.WelcomeRouteOnly.class)
class WelcomeRouteQuarkusTest {

    @InjectSimulator
    ApifonSimulator apifon;

    @Inject
    ProducerTemplate template;

    @BeforeEach
    void forgetEarlierTests() {
        apifon.reset();
    }

    @Test
    void sendsTheWelcomeSms() {
        template.sendBody("direct:welcome", "306991234567");

        // signed with the sandbox's token and secret: a wrong one would have been a 401 and an exception above
        apifon.wireMock().verify(postRequestedFor(urlEqualTo("/services/api/v1/sms/send"))
                .withHeader("Authorization", matching("ApifonWS " + apifon.token() + ":.+"))
                .withRequestBody(matchingJsonPath("$.message.text", equalTo("Welcome to Acme!")))
                .withRequestBody(matchingJsonPath("$.subscribers[0].number", equalTo("306991234567"))));
    }

    /** Leaves the module's polling routes (four other vendors) out. */
    public static class WelcomeRouteOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.consumers.enabled", "false");
        }
    }
}
