package io.github.camelmartech.getresponse;

import io.github.camelmartech.support.component.MarTechOAuth2Configuration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** The options of the GetResponse component, on top of the options every vendor shares. */
@UriParams
public class GetResponseConfiguration extends MarTechOAuth2Configuration {

    // The shared options operation, httpMethod, path and resource keep their values in the support module's
    // configuration; they are declared here, for the catalog only, to name this component's headers and resources.
    @UriParam(label = "common", enums = GetResponseApiOperations.OPERATION_IDS + "," + GetResponseOperations.FRIENDLY,
              description = "The operation to perform on the resource: an operationId of GetResponse's API document or"
                            + " a friendly name (list, get, create...); the header " + GetResponseConstants.OPERATION
                            + " overrides it per message. For a consumer, the paged collection to poll (the"
                            + " resource's own when not set).")
    private String operation;
    @UriParam(label = "producer", enums = "GET,POST,PUT,PATCH,DELETE",
              description = "The HTTP method of the request resource; the header " + GetResponseConstants.HTTP_METHOD
                            + " overrides it.")
    private String httpMethod;
    @UriParam(label = "producer", description = "The path of the request resource, relative to baseUrl; the header "
                                                + GetResponseConstants.PATH + " overrides it.")
    private String path;

    static final String RESOURCES = GetResponseApiOperations.RESOURCES + "," + GetResponseOperations.OTHER_RESOURCES;

    @UriPath(description = "The resource: the first path segment of GetResponse's API (contacts, campaigns, shops,"
                           + " webinars, workflow...), callbacks (the account's callback, also the webhook consumer),"
                           + " or request for any other path.",
             enums = RESOURCES)
    @Metadata(required = true)
    private String resource;

    @UriParam(label = "security", secret = true,
              description = "The API key, sent as X-Auth-Token: api-key KEY. Used unless clientId or accessToken is set.")
    private String apiKey;
    @UriParam(label = "security", secret = true,
              description = "An OAuth2 access token obtained elsewhere (authorization code flow), sent as a bearer token.")
    private String accessToken;
    @UriParam(label = "security,oauth", secret = true,
              description = "An OAuth2 refresh token: with clientId and clientSecret, tokens are fetched with the"
                            + " refresh_token grant instead of client_credentials; a rotated refresh token is kept.")
    private String refreshToken;
    @UriParam(label = "common", defaultValue = "retail", enums = "retail,max-us,max-pl",
              description = "The platform of the account: retail (api.getresponse.com), or GetResponse MAX"
                            + " (api3.getresponse360.com, api3.getresponse360.pl) which needs domain.")
    private String platform = "retail";
    @UriParam(label = "common",
              description = "The registered domain of a GetResponse MAX account, sent as X-Domain (bare, no scheme"
                            + " nor www). Never sent for retail accounts.")
    private String domain;
    @UriParam(label = "common",
              description = "A time zone name (e.g. Europe/Warsaw) sent as X-Time-Zone: dates in responses use it"
                            + " instead of UTC.")
    private String timeZone;
    @UriParam(label = "common",
              description = "The id of the item an operation acts on (contactId, campaignId, newsletterId...); the"
                            + " header CamelGetResponseId overrides it.")
    private String id;
    @UriParam(label = "common",
              description = "The campaign (list): the default of contacts create and batchCreate, the filter of"
                            + " the contacts consumer, and the campaignId path parameter when no header gives it.")
    private String campaignId;
    @UriParam(label = "common",
              description = "The shop of the shops operations (carts, categories, orders, products...), when no"
                            + " header gives it; lets a consumer poll a shop's collection.")
    private String shopId;
    @UriParam(label = "consumer", defaultValue = "createdOn", enums = "createdOn,changedOn",
              description = "The date the contacts consumer's only-new watermark follows: createdOn (new contacts)"
                            + " or changedOn (new and changed contacts).")
    private String watermarkField = "createdOn";
    @UriParam(label = "consumer,webhook", defaultValue = "subscribe,unsubscribe,open,click,goal,survey",
              description = "The callback actions registered with /accounts/callbacks when the webhook route starts.")
    private String callbackActions = "subscribe,unsubscribe,open,click,goal,survey";

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    public String getShopId() {
        return shopId;
    }

    public void setShopId(String shopId) {
        this.shopId = shopId;
    }

    public String getWatermarkField() {
        return watermarkField;
    }

    public void setWatermarkField(String watermarkField) {
        this.watermarkField = watermarkField;
    }

    public String getCallbackActions() {
        return callbackActions;
    }

    public void setCallbackActions(String callbackActions) {
        this.callbackActions = callbackActions;
    }
}
