package io.github.camelmartech.sandbox.styles;

import io.github.camelmartech.sandbox.styles.app.WelcomeRoute;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

/** An advice that replaces the vendor endpoint: no credentials either. */
class WelcomeRouteAdviceWithTest extends CamelTestSupport {

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withUseAdviceWith(true);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new WelcomeRoute();
    }

    @Test
    void sendsTheWelcomeSms() throws Exception {
        AdviceWith.adviceWith(context, "welcome", route -> route.weaveByToUri("apifon:*").replace().to("mock:sms"));
        context.start();
        MockEndpoint sms = getMockEndpoint("mock:sms");
        sms.expectedBodiesReceived("Welcome to Acme!");

        template.sendBody("direct:welcome", "306991234567");

        sms.assertIsSatisfied();
    }
}
