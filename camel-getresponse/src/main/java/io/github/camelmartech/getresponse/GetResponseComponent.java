package io.github.camelmartech.getresponse;

import io.github.camelmartech.support.component.MarTechComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The GetResponse API v3 component: contacts, lists, messages, account settings and callbacks. */
@Component("getresponse")
public class GetResponseComponent extends MarTechComponent<GetResponseConfiguration> {

    @Metadata(description = "Options shared by every endpoint of this component.")
    private GetResponseConfiguration configuration = new GetResponseConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, GetResponseConfiguration config) {
        return new GetResponseEndpoint(uri, this, config);
    }

    @Override
    public GetResponseConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(GetResponseConfiguration configuration) {
        this.configuration = configuration;
    }
}
