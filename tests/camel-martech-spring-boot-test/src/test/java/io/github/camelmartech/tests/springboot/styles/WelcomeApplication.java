package io.github.camelmartech.tests.springboot.styles;

import io.github.camelmartech.tests.runtime.WelcomeRoute;
import org.apache.camel.RoutesBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application with one route, {@link WelcomeRoute}, on the Apifon starter: what the sandbox README's
 * Spring Boot test style tests.
 */
@SpringBootApplication
public class WelcomeApplication {

    @Bean
    RoutesBuilder welcomeRoute() {
        return new WelcomeRoute();
    }
}
