package io.github.camelmartech.testvendor;

import io.github.camelmartech.support.component.MarTechConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

@UriParams
public class TestVendorConfiguration extends MarTechConfiguration {

    @UriPath(description = "The resource: items, or request for any call.", enums = "items,request")
    @Metadata(required = true)
    private String resource;
    @UriParam(label = "security", secret = true, description = "The API key, sent in the X-Api-Key header.")
    private String apiKey;

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }
}
