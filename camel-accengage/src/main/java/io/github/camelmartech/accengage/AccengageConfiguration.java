package io.github.camelmartech.accengage;

import io.github.camelmartech.support.component.MarTechConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

@UriParams
public class AccengageConfiguration extends MarTechConfiguration {

    // The shared options operation, httpMethod, path and resource keep their values in the support module's
    // configuration; they are declared here, for the catalog only, to name this component's headers and resources.
    @UriParam(label = "producer", enums = "call,get,list", description = "The operation to perform on the resource; the header "
                                                 + AccengageConstants.OPERATION + " overrides it per message.")
    private String operation;
    @UriParam(label = "producer", enums = "GET,POST,PUT,PATCH,DELETE",
              description = "The HTTP method of the request resource; the header " + AccengageConstants.HTTP_METHOD
                            + " overrides it.")
    private String httpMethod;
    @UriParam(label = "producer", description = "The path of the request resource, relative to baseUrl; the header "
                                                + AccengageConstants.PATH + " overrides it.")
    private String path;

    @UriPath(description = "The resource: me, campaigns, devices, or request for any other route.",
             enums = "me,campaigns,devices,request")
    @Metadata(required = true)
    private String resource;
    @UriParam(label = "security", secret = true,
              description = "The user's API key (Administration, edit user, Generate a key); it signs every request.")
    @Metadata(required = true)
    private String apiKey;
    @UriParam(label = "security", description = "The e-mail of the user the API key belongs to; it asks for the"
                                                + " access token.")
    @Metadata(required = true)
    private String email;
    @UriParam(label = "common", description = "The partner id of the app, for the /v1/me/apps/{partnerId} routes"
                                              + " (campaigns, devices).")
    private String partnerId;
    @UriParam(label = "producer", description = "The campaign id for campaigns get; the header"
                                                + " CamelAccengageCampaignId overrides it.")
    private String campaignId;
    @UriParam(label = "common", description = "Devices: only those last opened on or after this date (YYYY-MM-DD).")
    private String lastOpen;

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(String partnerId) {
        this.partnerId = partnerId;
    }

    public String getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    public String getLastOpen() {
        return lastOpen;
    }

    public void setLastOpen(String lastOpen) {
        this.lastOpen = lastOpen;
    }
}
