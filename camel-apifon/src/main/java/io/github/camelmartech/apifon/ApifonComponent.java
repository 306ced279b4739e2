package io.github.camelmartech.apifon;

import java.util.Map;

import io.github.camelmartech.support.component.MarTechComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The Apifon component: SMS, Viber (IM), OTP, balance, lists, subscribers, bounce list and callbacks. */
@Component("apifon")
public class ApifonComponent extends MarTechComponent {

    @Metadata(description = "Options shared by every endpoint of this component.")
    private ApifonConfiguration configuration = new ApifonConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        ApifonConfiguration config = configuration.copy();
        config.setResource(remaining);
        ApifonEndpoint endpoint = new ApifonEndpoint(uri, this, config);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public ApifonConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(ApifonConfiguration configuration) {
        this.configuration = configuration;
    }
}
