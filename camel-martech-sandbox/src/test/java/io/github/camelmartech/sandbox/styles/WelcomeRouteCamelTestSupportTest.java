package io.github.camelmartech.sandbox.styles;

import io.github.camelmartech.sandbox.apifon.ApifonSandboxExtension;
import io.github.camelmartech.sandbox.styles.app.WelcomeRoute;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/** README, CamelTestSupport: the simulator's properties as the context's override properties. */
class WelcomeRouteCamelTestSupportTest extends CamelTestSupport {

    @RegisterExtension
    static ApifonSandboxExtension apifon = new ApifonSandboxExtension();

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        configuration.withUseOverridePropertiesWithPropertiesComponent(apifon.simulator().asProperties());
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new WelcomeRoute();
    }

    @Test
    void sendsTheWelcomeSms() {
        template.sendBody("direct:welcome", "306991234567");

        apifon.simulator().wireMock().verify(postRequestedFor(urlEqualTo("/services/api/v1/sms/send"))
                .withRequestBody(matchingJsonPath("$.message.text", equalTo("Welcome to Acme!"))));
    }
}
