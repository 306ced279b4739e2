package io.github.camelmartech.sandbox.styles;

import io.github.camelmartech.sandbox.apifon.ApifonSandboxExtension;
import io.github.camelmartech.sandbox.styles.app.WelcomeApplication;
import org.apache.camel.EndpointInject;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.apache.camel.test.main.junit5.Configure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/** README, {@code @CamelMainTest}: the simulator's properties override the application's. */
@CamelMainTest(mainClass = WelcomeApplication.class)
class WelcomeRouteCamelMainTest {

    @RegisterExtension
    static ApifonSandboxExtension apifon = new ApifonSandboxExtension();

    @EndpointInject("direct:welcome")
    ProducerTemplate welcome;

    @Configure
    protected void configure(MainConfigurationProperties configuration) {
        configuration.addConfiguration(apifon.simulator().camelConfiguration());
    }

    @Test
    void sendsTheWelcomeSms() {
        welcome.sendBody("306991234567");

        apifon.simulator().wireMock().verify(postRequestedFor(urlEqualTo("/services/api/v1/sms/send"))
                .withRequestBody(matchingJsonPath("$.subscribers[0].number", equalTo("306991234567"))));
    }
}
