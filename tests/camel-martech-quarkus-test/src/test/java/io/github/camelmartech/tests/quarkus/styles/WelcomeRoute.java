package io.github.camelmartech.tests.quarkus.styles;

import io.github.camelmartech.apifon.ApifonConstants;
import org.apache.camel.builder.RouteBuilder;

/** The route of the sandbox README's test styles, found by Camel Quarkus: a welcome SMS to the number in the body. */
public class WelcomeRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:welcome").routeId("welcome")
                .setHeader(ApifonConstants.RECIPIENTS, body())
                .setBody(constant("Welcome to Acme!"))
                .to("apifon:sms?senderId=Acme");
    }
}
