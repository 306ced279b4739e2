package io.github.camelmartech.accengage;

import java.time.Clock;

import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.http.ErrorDecoder;
import io.github.camelmartech.support.operation.OperationTable;
import org.apache.camel.Category;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * Accengage REST API v1: every request signed, every route after the token carrying it. The operations are the
 * table {@link AccengageOperations}; every other route goes through {@code request}.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "accengage", title = "Accengage", syntax = "accengage:resource",
             category = { Category.SAAS, Category.MOBILE }, headersClass = AccengageConstants.class)
public class AccengageEndpoint extends MarTechEndpoint {

    static final String DEFAULT_BASE_URL = "https://api.accengage.com";

    @UriParam
    private AccengageConfiguration configuration;

    public AccengageEndpoint(String uri, AccengageComponent component, AccengageConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public AccengageConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public String vendorName() {
        return "Accengage";
    }

    @Override
    protected String defaultBaseUrl() {
        return DEFAULT_BASE_URL;
    }

    @Override
    protected MarTechAuth createAuth() {
        Clock clock = ((AccengageComponent) getComponent()).clock();
        AccengageAuth auth = new AccengageAuth(configuration.getApiKey(), configuration.getEmail(), clock);
        auth.useTokensFrom(newClient(auth.signatureOnly(), errorDecoder()));
        return auth;
    }

    @Override
    protected ErrorDecoder errorDecoder() {
        return new AccengageErrorDecoder();
    }

    @Override
    public OperationTable operationTable() {
        return AccengageOperations.TABLE;
    }
}
