package io.github.camelmartech.affelios;

import io.github.camelmartech.support.auth.ApiKeyHeaderAuth;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.component.MarTechProducer;
import io.github.camelmartech.support.http.ErrorDecoder;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * Affelios Platform API: customers (create, get, update) and transactions (queued by Affelios; a list becomes
 * batch calls). Affelios publishes no list endpoints, so there is no polling consumer.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "affelios", title = "Affelios", syntax = "affelios:resource",
             producerOnly = true, category = { Category.SAAS }, headersClass = AffeliosConstants.class)
public class AffeliosEndpoint extends MarTechEndpoint {

    static final String DEFAULT_BASE_URL = "https://platform.affelios.com";

    @UriParam
    private AffeliosConfiguration configuration;

    public AffeliosEndpoint(String uri, AffeliosComponent component, AffeliosConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public AffeliosConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public String vendorName() {
        return "Affelios";
    }

    @Override
    protected String defaultBaseUrl() {
        return DEFAULT_BASE_URL;
    }

    @Override
    protected MarTechAuth createAuth() {
        return new ApiKeyHeaderAuth("X-Api-Key", null, configuration.getApiKey(), "apiKey");
    }

    @Override
    protected ErrorDecoder errorDecoder() {
        return new AffeliosErrorDecoder();
    }

    @Override
    public Producer createProducer() {
        return new MarTechProducer(this, new AffeliosOperations(configuration).forResource(this));
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("Affelios has no list endpoints to poll; use it as a producer");
    }
}
