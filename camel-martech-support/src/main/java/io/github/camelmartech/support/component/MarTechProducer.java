package io.github.camelmartech.support.component;

import io.github.camelmartech.support.operation.OperationRunner;
import io.github.camelmartech.support.operation.Resource;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * The producer of every vendor: picks the operation (header {@code Camel<Vendor>Operation}, else the
 * {@code operation} option, else the resource's default) and runs it.
 */
public class MarTechProducer extends DefaultProducer {

    private final Resource resource;
    /** {@code Camel<Vendor>Operation}, read once rather than built for every message. */
    private final String operationHeader;

    public MarTechProducer(MarTechEndpoint<?> endpoint, Resource resource) {
        super(endpoint);
        this.resource = resource;
        this.operationHeader = endpoint.headers().operation();
    }

    @Override
    public MarTechEndpoint<?> getEndpoint() {
        return (MarTechEndpoint<?>) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        MarTechEndpoint<?> endpoint = getEndpoint();
        String name = exchange.getMessage().getHeader(operationHeader, String.class);
        if (name == null) {
            name = endpoint.getConfiguration().getOperation();
        }
        OperationRunner.run(resource.operation(name), exchange, endpoint);
    }
}
