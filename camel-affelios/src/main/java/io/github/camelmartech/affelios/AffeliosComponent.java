package io.github.camelmartech.affelios;

import java.util.Map;

import io.github.camelmartech.support.component.MarTechComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

@Component("affelios")
public class AffeliosComponent extends MarTechComponent {

    @Metadata(description = "Options shared by every endpoint of this component.")
    private AffeliosConfiguration configuration = new AffeliosConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        AffeliosConfiguration config = configuration.copy();
        config.setResource(remaining);
        AffeliosEndpoint endpoint = new AffeliosEndpoint(uri, this, config);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public AffeliosConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AffeliosConfiguration configuration) {
        this.configuration = configuration;
    }
}
