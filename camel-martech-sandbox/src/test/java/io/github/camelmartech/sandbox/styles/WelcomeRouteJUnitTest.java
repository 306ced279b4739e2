package io.github.camelmartech.sandbox.styles;

import io.github.camelmartech.sandbox.apifon.ApifonSandbox;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.sandbox.styles.app.WelcomeRoute;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/** README, plain JUnit 5: the annotation runs the simulator, bindTo points the component at it. */
@ApifonSandbox
class WelcomeRouteJUnitTest {

    @Test
    void sendsTheWelcomeSms(ApifonSimulator apifon) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            apifon.bindTo(camel);
            camel.addRoutes(new WelcomeRoute());
            camel.start();
            camel.createProducerTemplate().sendBody("direct:welcome", "306991234567");
        }

        // the simulator checked the HMAC signature: a wrong one would have been a 401 and an exception above
        apifon.wireMock().verify(postRequestedFor(urlEqualTo("/services/api/v1/sms/send"))
                .withHeader("Authorization", matching("ApifonWS sandbox-token:.+"))
                .withRequestBody(matchingJsonPath("$.message.text", equalTo("Welcome to Acme!")))
                .withRequestBody(matchingJsonPath("$.subscribers[0].number", equalTo("306991234567"))));
    }
}
