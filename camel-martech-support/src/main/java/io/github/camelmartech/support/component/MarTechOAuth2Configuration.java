package io.github.camelmartech.support.component;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The shared options of vendors that also accept OAuth2 client credentials. */
@UriParams
public abstract class MarTechOAuth2Configuration extends MarTechConfiguration {

    @UriParam(label = "security,oauth", secret = true,
              description = "OAuth2 client id; with clientSecret, selects OAuth2 client-credentials authentication.")
    private String clientId;
    @UriParam(label = "security,oauth", secret = true, description = "OAuth2 client secret.")
    private String clientSecret;
    @UriParam(label = "security,oauth", description = "The OAuth2 token endpoint; defaults to the vendor's.")
    private String oauthTokenUrl;
    @UriParam(label = "security,oauth", description = "OAuth2 scopes to ask for, space separated; none by default.")
    private String oauthScope;
    @UriParam(label = "security,oauth,advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "Renew a cached OAuth2 token this long before it expires.")
    private long oauthRenewBefore = 60_000;

    /** Whether OAuth2 client credentials are configured (else the vendor's key scheme applies). */
    public boolean usesOAuth2() {
        return clientId != null && !clientId.isBlank();
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getOauthTokenUrl() {
        return oauthTokenUrl;
    }

    public void setOauthTokenUrl(String oauthTokenUrl) {
        this.oauthTokenUrl = oauthTokenUrl;
    }

    public String getOauthScope() {
        return oauthScope;
    }

    public void setOauthScope(String oauthScope) {
        this.oauthScope = oauthScope;
    }

    public long getOauthRenewBefore() {
        return oauthRenewBefore;
    }

    public void setOauthRenewBefore(long oauthRenewBefore) {
        this.oauthRenewBefore = oauthRenewBefore;
    }
}
