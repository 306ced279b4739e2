package io.github.camelmartech.tests.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.camelmartech.tests.runtime.Inbox;
import org.apache.camel.builder.RouteBuilder;

/**
 * Polling consumers of the vendors that have list endpoints; producers are called by the tests. No URI carries a
 * base URL or credential: those come from camel.component.* configuration.
 */
@ApplicationScoped
public class MarTechRoutes extends RouteBuilder {

    @Inject
    Inbox inbox;

    @Override
    public void configure() {
        consume("apifon-lists", "apifon:lists?initialDelay=0&delay=300");
        consume("apsis-mailinglists", "apsis:mailinglists?initialDelay=0&delay=300");
        consume("getresponse-campaigns", "getresponse:campaigns?initialDelay=0&delay=300");
        consume("accengage-campaigns", "accengage:campaigns?initialDelay=0&delay=300");
    }

    private void consume(String routeId, String uri) {
        from(uri).routeId(routeId).process(exchange -> inbox.add(routeId, exchange.getMessage().getBody()));
    }
}
