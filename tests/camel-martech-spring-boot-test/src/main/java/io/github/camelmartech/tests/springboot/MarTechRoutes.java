package io.github.camelmartech.tests.springboot;

import io.github.camelmartech.tests.runtime.Inbox;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * One polling consumer per vendor that has them (Affelios has no list endpoints) and GetResponse's webhook. No
 * URI carries a base URL or credential: those come from camel.component.* properties through the starters.
 */
@Component
public class MarTechRoutes extends RouteBuilder {

    private final Inbox inbox;

    public MarTechRoutes(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void configure() {
        consume("apifon-lists", "apifon:lists?initialDelay=0&delay={{app.poll-delay}}");
        consume("apsis-mailinglists", "apsis:mailinglists?initialDelay=0&delay={{app.poll-delay}}");
        consume("getresponse-contacts", "getresponse:contacts?initialDelay=0&delay={{app.poll-delay}}");
        consume("accengage-campaigns", "accengage:campaigns?initialDelay=0&delay={{app.poll-delay}}");
        // GetResponse calls this with GET; the route registers it with GetResponse when it starts
        consume("getresponse-callbacks", "webhook:getresponse:callbacks?webhookPath=/getresponse/callbacks"
                                         + "&webhookExternalUrl=http://localhost:{{server.port}}");
    }

    private void consume(String routeId, String uri) {
        from(uri).routeId(routeId).process(exchange -> inbox.add(routeId, exchange.getMessage().getBody()));
    }
}
