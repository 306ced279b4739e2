package io.github.camelmartech.sandbox.styles;

import io.github.camelmartech.apifon.ApifonConstants;
import io.github.camelmartech.sandbox.styles.app.WelcomeRoute;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/** README, a mocked vendor endpoint: no simulator, no credentials (checked on first use, which never comes). */
class WelcomeRouteMockedTest extends CamelTestSupport {

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        configuration.withMockEndpointsAndSkip("apifon:*");
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new WelcomeRoute();
    }

    @Test
    void sendsTheWelcomeSms() throws Exception {
        MockEndpoint sms = getMockEndpoint("mock:apifon:sms");
        sms.expectedBodiesReceived("Welcome to Acme!");
        sms.expectedHeaderReceived(ApifonConstants.RECIPIENTS, "306991234567");

        template.sendBody("direct:welcome", "306991234567");

        sms.assertIsSatisfied();
    }
}
