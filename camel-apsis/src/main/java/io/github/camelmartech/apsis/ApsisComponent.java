package io.github.camelmartech.apsis;

import java.util.Map;

import io.github.camelmartech.support.component.MarTechComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/**
 * The APSIS Pro component: mailing lists, subscribers, opt-outs, newsletters, sendings and their statistics,
 * filters, folders, demographics, imports, transactional email, SMS and events.
 */
@Component("apsis")
public class ApsisComponent extends MarTechComponent<ApsisConfiguration> {

    @Metadata(description = "Options shared by every endpoint of this component.")
    private ApsisConfiguration configuration = new ApsisConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, ApsisConfiguration config) {
        return new ApsisEndpoint(uri, this, config);
    }

    @Override
    public ApsisConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(ApsisConfiguration configuration) {
        this.configuration = configuration;
    }
}
