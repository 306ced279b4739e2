package io.github.camelmartech.tests.runtime;

import io.github.camelmartech.apifon.ApifonConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route of the sandbox README's test styles (a welcome SMS to the number in the body), for the Spring Boot and
 * Quarkus ones; the sandbox's own styles have it in their test sources.
 */
public class WelcomeRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:welcome").routeId("welcome")
                .setHeader(ApifonConstants.RECIPIENTS, body())
                .setBody(constant("Welcome to Acme!"))
                .to("apifon:sms?senderId=Acme");
    }
}
