package io.github.camelmartech.apifon;

import io.github.camelmartech.support.component.MarTechComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The Apifon component: SMS, Viber (IM), OTP, balance, lists, subscribers, bounce list and callbacks. */
@Component("apifon")
public class ApifonComponent extends MarTechComponent<ApifonConfiguration> {

    @Metadata(description = "Options shared by every endpoint of this component.")
    private ApifonConfiguration configuration = new ApifonConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, ApifonConfiguration config) {
        return new ApifonEndpoint(uri, this, config);
    }

    @Override
    public ApifonConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(ApifonConfiguration configuration) {
        this.configuration = configuration;
    }
}
