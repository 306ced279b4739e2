package io.github.camelmartech.support.component;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * The producer of every vendor: picks the operation (header {@code Camel<Vendor>Operation}, else the
 * {@code operation} option, else the resource's default) and invokes it with the endpoint's client.
 */
public class MarTechProducer extends DefaultProducer {

    private final Operations operations;
    /** {@code Camel<Vendor>Operation}, built once rather than concatenated for every message. */
    private final String operationHeader;

    public MarTechProducer(MarTechEndpoint endpoint, Operations operations) {
        super(endpoint);
        this.operations = operations;
        this.operationHeader = endpoint.headers().operation();
    }

    @Override
    public MarTechEndpoint getEndpoint() {
        return (MarTechEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        MarTechEndpoint endpoint = getEndpoint();
        String name = exchange.getMessage().getHeader(operationHeader, String.class);
        if (name == null) {
            name = endpoint.getConfiguration().getOperation();
        }
        operations.resolve(name).invoke(exchange, endpoint.getClient());
    }
}
