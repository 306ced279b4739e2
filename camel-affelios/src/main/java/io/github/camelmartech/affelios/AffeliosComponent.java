package io.github.camelmartech.affelios;

import io.github.camelmartech.support.component.MarTechComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

@Component("affelios")
public class AffeliosComponent extends MarTechComponent<AffeliosConfiguration> {

    @Metadata(description = "Options shared by every endpoint of this component.")
    private AffeliosConfiguration configuration = new AffeliosConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, AffeliosConfiguration config) {
        return new AffeliosEndpoint(uri, this, config);
    }

    @Override
    public AffeliosConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AffeliosConfiguration configuration) {
        this.configuration = configuration;
    }
}
