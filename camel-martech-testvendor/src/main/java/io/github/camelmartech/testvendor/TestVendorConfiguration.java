package io.github.camelmartech.testvendor;

import io.github.camelmartech.support.component.MarTechConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

@UriParams
public class TestVendorConfiguration extends MarTechConfiguration {

    // The shared options operation, httpMethod, path and resource keep their values in the support module's
    // configuration; they are declared here, for the catalog only, to name this component's headers and resources.
    @UriParam(label = "producer", enums = "call,create,get,list", description = "The operation to perform on the resource; the header "
                                                 + TestVendorConstants.OPERATION + " overrides it per message.")
    private String operation;
    @UriParam(label = "producer", enums = "GET,POST,PUT,PATCH,DELETE",
              description = "The HTTP method of the request resource; the header " + TestVendorConstants.HTTP_METHOD
                            + " overrides it.")
    private String httpMethod;
    @UriParam(label = "producer", description = "The path of the request resource, relative to baseUrl; the header "
                                                + TestVendorConstants.PATH + " overrides it.")
    private String path;

    @UriPath(description = "The resource: items, or request for any call.", enums = "items,request")
    @Metadata(required = true)
    private String resource;
    @UriParam(label = "security", secret = true, description = "The API key, sent in the X-Api-Key header.")
    private String apiKey;

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }
}
