package io.github.camelmartech.affelios;

import io.github.camelmartech.support.auth.ApiKeyHeaderAuth;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.component.MarTechVendor;
import org.apache.camel.Category;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * Affelios Platform API: customers (create, get, update) and transactions (queued by Affelios; a list becomes
 * batch calls). Affelios publishes no list endpoints, so there is no polling consumer.
 */
// This javadoc is the component's description in the catalog; the operations are the table AffeliosOperations.
@UriEndpoint(firstVersion = "0.1.0", scheme = "affelios", title = "Affelios", syntax = "affelios:resource",
             producerOnly = true, category = { Category.SAAS }, headersClass = AffeliosConstants.class)
public class AffeliosEndpoint extends MarTechEndpoint<AffeliosConfiguration> {

    static final String DEFAULT_BASE_URL = "https://platform.affelios.com";

    @UriParam
    private AffeliosConfiguration configuration;

    public AffeliosEndpoint(String uri, AffeliosComponent component, AffeliosConfiguration configuration) {
        super(uri, component, new MarTechVendor(AffeliosOperations.TABLE, DEFAULT_BASE_URL, AffeliosErrorDecoder::new),
                configuration);
        this.configuration = configuration;
    }

    @Override
    protected MarTechAuth createAuth() {
        return new ApiKeyHeaderAuth("X-Api-Key", null, configuration.getApiKey(), "apiKey");
    }
}
