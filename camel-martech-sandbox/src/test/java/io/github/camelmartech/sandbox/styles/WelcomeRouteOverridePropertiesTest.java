package io.github.camelmartech.sandbox.styles;

import java.util.Properties;

import io.github.camelmartech.sandbox.apifon.ApifonSandboxExtension;
import io.github.camelmartech.sandbox.styles.app.WelcomeRoute;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/** The same through the older override hook, useOverridePropertiesWithPropertiesComponent() (deprecated in 4.7). */
class WelcomeRouteOverridePropertiesTest extends CamelTestSupport {

    @RegisterExtension
    static ApifonSandboxExtension apifon = new ApifonSandboxExtension();

    @Override
    @SuppressWarnings("deprecation")
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        return apifon.simulator().asProperties();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new WelcomeRoute();
    }

    @Test
    void sendsTheWelcomeSms() {
        template.sendBody("direct:welcome", "306991234567");

        apifon.simulator().wireMock().verify(1, postRequestedFor(urlEqualTo("/services/api/v1/sms/send")));
    }
}
