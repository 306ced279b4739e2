package io.github.camelmartech.endpointdsl;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;

/**
 * A route builder with Camel's endpoint builders ({@code direct(...)}, {@code timer(...)}, ...) and those of every
 * Camel MarTech component: {@code from(apifon("subscribers").listId("L1").onlyNew(true)).to(direct("new"))}.
 */
public abstract class MarTechEndpointRouteBuilder extends EndpointRouteBuilder implements MarTechEndpointBuilders {

    protected MarTechEndpointRouteBuilder() {
    }

    protected MarTechEndpointRouteBuilder(CamelContext context) {
        super(context);
    }
}
