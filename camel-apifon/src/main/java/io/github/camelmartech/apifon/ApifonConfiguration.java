package io.github.camelmartech.apifon;

import java.time.Clock;

import io.github.camelmartech.support.component.MarTechOAuth2Configuration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** The options of the Apifon component, on top of the options every vendor shares. */
@UriParams
public class ApifonConfiguration extends MarTechOAuth2Configuration {

    // The shared options operation, httpMethod, path and resource keep their values in the support module's
    // configuration; they are declared here, for the catalog only, to name this component's headers and resources.
    @UriParam(label = "producer", enums = "add,addField,addGdprField,block,call,create,delete,get,list,query,remove,"
                                           + "removeField,send,subscribe,unblock,unsubscribe,update,updateField,"
                                           + "updateGdprField,verify",
              description = "The operation to perform on the resource; the header "
                                                 + ApifonConstants.OPERATION + " overrides it per message.")
    private String operation;
    @UriParam(label = "producer", enums = "GET,POST,PUT,PATCH,DELETE",
              description = "The HTTP method of the request resource; the header " + ApifonConstants.HTTP_METHOD
                            + " overrides it.")
    private String httpMethod;
    @UriParam(label = "producer", description = "The path of the request resource, relative to baseUrl; the header "
                                                + ApifonConstants.PATH + " overrides it.")
    private String path;

    @UriPath(description = "The resource: sms, im, otp, balance, lists, subscribers, bounces, callbacks (webhook"
                           + " consumer for delivery reports and replies), or request for any call.",
             enums = "sms,im,otp,balance,lists,subscribers,bounces,callbacks,request")
    @Metadata(required = true)
    private String resource;

    @UriParam(label = "security", secret = true,
              description = "The API token of an HMAC (ApifonWS) token; with apiSecret, signs every request.")
    private String apiToken;
    @UriParam(label = "security", secret = true,
              description = "The secret key of the HMAC (ApifonWS) token, used to sign requests; never sent.")
    private String apiSecret;
    @UriParam(label = "security,advanced",
              description = "The clock that dates HMAC signatures (X-ApifonWS-Date); the system UTC clock unless"
                            + " set, e.g. a fixed clock in tests.")
    private Clock clock;

    @UriParam(label = "producer",
              description = "The sender id of SMS (and OTP/IM fallback) messages when the body names none: up to 16"
                            + " digits, or up to 11 alphanumeric characters. The header CamelApifonSenderId overrides it.")
    private String senderId;
    @UriParam(label = "producer",
              description = "Comma-separated recipient numbers (MSISDN, international format, digits only) for a send"
                            + " whose body names none. The header CamelApifonRecipients overrides it.")
    private String recipients;
    @UriParam(label = "producer",
              description = "The https URL Apifon posts delivery reports to, for sends whose body names none.")
    private String callbackUrl;
    @UriParam(label = "producer",
              description = "The data coding of SMS text when the body names none: 0 GSM7, 1 8-bit, 2 UCS-2.",
              enums = "0,1,2")
    private Integer dc;
    @UriParam(label = "common",
              description = "The list of the subscribers resource and of list operations; the header"
                            + " CamelApifonListId overrides it.")
    private String listId;

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    public String getApiSecret() {
        return apiSecret;
    }

    public void setApiSecret(String apiSecret) {
        this.apiSecret = apiSecret;
    }

    public Clock getClock() {
        return clock;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public Integer getDc() {
        return dc;
    }

    public void setDc(Integer dc) {
        this.dc = dc;
    }

    public String getListId() {
        return listId;
    }

    public void setListId(String listId) {
        this.listId = listId;
    }
}
