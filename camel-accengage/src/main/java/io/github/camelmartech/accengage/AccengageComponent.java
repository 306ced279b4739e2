package io.github.camelmartech.accengage;

import io.github.camelmartech.support.component.MarTechComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

@Component("accengage")
public class AccengageComponent extends MarTechComponent<AccengageConfiguration> {

    @Metadata(description = "Options shared by every endpoint of this component.")
    private AccengageConfiguration configuration = new AccengageConfiguration();

    /** The clock of the request signatures; tests fix it to reproduce them. Not an option. */
    private java.time.Clock clock = java.time.Clock.systemUTC();

    java.time.Clock clock() {
        return clock;
    }

    void setClock(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    protected Endpoint createEndpoint(String uri, AccengageConfiguration config) {
        return new AccengageEndpoint(uri, this, config);
    }

    @Override
    public AccengageConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AccengageConfiguration configuration) {
        this.configuration = configuration;
    }
}
