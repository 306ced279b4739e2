package io.github.camelmartech.tests.quarkus.styles;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.github.camelmartech.tests.runtime.WelcomeRoute;

/**
 * The sandbox README's route as a CDI bean, which Camel Quarkus adds to the context (its jar has no bean index, so
 * route discovery does not see it).
 */
public class WelcomeRouteProducer {

    @Produces
    @Singleton
    WelcomeRoute welcomeRoute() {
        return new WelcomeRoute();
    }
}
