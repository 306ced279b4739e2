package io.github.camelmartech.tests.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.camelmartech.tests.runtime.Inbox;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polling consumers of the vendors that have list endpoints; producers are called by the tests. No URI carries a
 * base URL or credential: those come from camel.component.* configuration. {@code app.consumers.enabled=false} leaves
 * them out, for a test that configures one vendor only (a consumer endpoint needs its vendor's credentials).
 */
@ApplicationScoped
public class MarTechRoutes extends RouteBuilder {

    @Inject
    Inbox inbox;

    @ConfigProperty(name = "app.consumers.enabled", defaultValue = "true")
    boolean enabled;

    @Override
    public void configure() {
        if (!enabled) {
            return;
        }
        consume("apifon-lists", "apifon:lists?initialDelay=0&delay=300");
        consume("apsis-mailinglists", "apsis:mailinglists?initialDelay=0&delay=300");
        consume("getresponse-campaigns", "getresponse:campaigns?initialDelay=0&delay=300");
        consume("accengage-campaigns", "accengage:campaigns?initialDelay=0&delay=300");
    }

    private void consume(String routeId, String uri) {
        from(uri).routeId(routeId).process(exchange -> inbox.add(routeId, exchange.getMessage().getBody()));
    }
}
