package io.github.camelmartech.tests.springboot.styles;

import io.github.camelmartech.apifon.ApifonConstants;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The route of the sandbox README's test styles, as a Spring bean: a welcome SMS to the number in the body. */
@Component
public class WelcomeRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:welcome").routeId("welcome")
                .setHeader(ApifonConstants.RECIPIENTS, body())
                .setBody(constant("Welcome to Acme!"))
                .to("apifon:sms?senderId=Acme");
    }
}
