package io.github.camelmartech.support.component;

import java.time.Duration;

import io.github.camelmartech.support.http.HttpClientConfigurer;
import io.github.camelmartech.support.retry.RetryPolicy;
import io.github.camelmartech.support.retry.Sleeper;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options every vendor shares, with the same names and meaning everywhere. A vendor's configuration extends
 * this and adds its credentials and resource. Descriptions are inline because the metadata generator of a vendor
 * module cannot read this jar's javadoc.
 */
@UriParams
public abstract class MarTechConfiguration implements Cloneable {

    @UriParam(label = "common", description = "The API's base URL; set it to point at a sandbox or a proxy.")
    private String baseUrl;
    // resource, operation, httpMethod and path are options of every component, declared with @UriPath and @UriParam in
    // each vendor's configuration: their descriptions name the vendor's own resources and headers
    // (Camel<Vendor>Operation, ...)
    private String resource;
    private String operation;

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a connection to the API (milliseconds, or a duration such as 10s).")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How long to wait for the API's response once the request was sent.")
    private long responseTimeout = 30_000;
    @UriParam(label = "advanced", defaultValue = "20",
              description = "Connections the component keeps open to the API at most, shared by its endpoints.")
    private int maxConnections = 20;
    @UriParam(label = "advanced", description = "A hook to customize the Apache HttpClient the component builds.")
    private HttpClientConfigurer httpClientConfigurer;

    @UriParam(label = "advanced", defaultValue = "3",
              description = "Retries after a rate limit (429), a vendor busy code, a 503 or a connection failure.")
    private int maxRetries = 3;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The longest wait asked for by Retry-After or a rate-limit reset header that is honoured;"
                            + " a longer one fails at once with a rate-limited exception carrying the wait.")
    private long retryAfterMax = 60_000;
    @UriParam(label = "advanced", defaultValue = "false",
              description = "Also retry non-idempotent requests (sends, creates) after failures where the request may"
                            + " have reached the vendor. Off by default: it can duplicate a send.")
    private boolean retryNonIdempotent;
    @UriParam(label = "advanced",
              description = "How the client waits before a retry; the calling thread sleeps unless set. A seam for"
                            + " tests and for schedulers that want to record or shorten waits; every wait still"
                            + " respects retryAfterMax.")
    private Sleeper retrySleeper;

    @UriParam(label = "proxy", description = "HTTP proxy host.")
    private String proxyHost;
    @UriParam(label = "proxy", description = "HTTP proxy port.")
    private int proxyPort;
    @UriParam(label = "proxy", secret = true, description = "HTTP proxy user name.")
    private String proxyUsername;
    @UriParam(label = "proxy", secret = true, description = "HTTP proxy password.")
    private String proxyPassword;
    @UriParam(label = "security", description = "TLS settings (trust and key stores) for the API connection.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "common", description = "Items per page when walking a collection; 0 for the vendor's default.")
    private int pageSize;
    @UriParam(label = "common", description = "Pages to walk at most in one call or poll; 0 for no limit.")
    private int maxPages;

    @UriParam(label = "consumer", defaultValue = "true",
              description = "Emit only items that are new or changed since the last poll (by the vendor's date"
                            + " watermark, else by id); false emits the whole collection on every poll.")
    private boolean onlyNew = true;
    @UriParam(label = "consumer", defaultValue = "0",
              description = "Items to emit per poll at most; 0 for no limit. The rest come in the next poll.")
    private int maxMessagesPerPoll;
    @UriParam(label = "consumer", description = "A repository of the keys of items already emitted, so a restart"
                                                + " does not repeat them; back it with a database for several nodes.")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer", description = "Where the consumer keeps its cursor (the watermark of the last"
                                                + " emitted item); in memory unless set.")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer", defaultValue = "0",
              description = "How often one item may fail in the route before the consumer skips it: 0 (the default)"
                            + " never skips, so nothing is lost, and an item that keeps failing holds back the rest of"
                            + " the collection (give the route a dead letter channel or a handled onException to move"
                            + " such items aside instead); n > 0 skips the item after n failed attempts, logged once at"
                            + " WARN with its key, and records it as done (cursor and idempotent repository). Attempts"
                            + " are counted in memory, from the consumer's start.")
    private int maxItemAttempts;
    @UriParam(label = "consumer,advanced", description = "The key of this consumer's cursor in the state repository;"
                                                         + " defaults to the endpoint URI with secrets masked.")
    private String stateKey;

    private String httpMethod;
    private String path;

    @UriParam(label = "consumer,webhook", defaultValue = "1048576",
              description = "The largest webhook body accepted, in bytes; larger ones are refused with 413.")
    private int webhookMaxBodySize = 1_048_576;
    @UriParam(label = "consumer,webhook,security", secret = true,
              description = "A shared secret callbacks must carry (header webhookSecretHeader or query parameter"
                            + " webhookSecretParameter); others are refused with 401.")
    private String webhookSecret;
    @UriParam(label = "consumer,webhook", defaultValue = "X-Webhook-Secret",
              description = "The header that carries the webhook secret.")
    private String webhookSecretHeader = "X-Webhook-Secret";
    @UriParam(label = "consumer,webhook", defaultValue = "secret",
              description = "The query parameter that carries the webhook secret, for vendors that cannot set headers.")
    private String webhookSecretParameter = "secret";
    @UriParam(label = "consumer,webhook,security", secret = true,
              description = "A user name callbacks must present with HTTP Basic.")
    private String webhookUsername;
    @UriParam(label = "consumer,webhook,security", secret = true,
              description = "The password callbacks must present with HTTP Basic.")
    private String webhookPassword;

    /** The retry policy these options describe. */
    public RetryPolicy.Builder retryPolicy() {
        return RetryPolicy.builder().maxRetries(maxRetries).retryAfterMax(Duration.ofMillis(retryAfterMax))
                .retryNonIdempotent(retryNonIdempotent);
    }

    /** A copy for an endpoint, so endpoint options do not change the component's defaults. */
    @SuppressWarnings("unchecked")
    public <C extends MarTechConfiguration> C copy() {
        try {
            return (C) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        // deliberately no credentials
        return getClass().getSimpleName() + "[baseUrl=" + baseUrl + ", operation=" + operation + "]";
    }

    /** The endpoint's resource (its URI path), declared by each vendor with its own list of resources. */
    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryAfterMax() {
        return retryAfterMax;
    }

    public void setRetryAfterMax(long retryAfterMax) {
        this.retryAfterMax = retryAfterMax;
    }

    public boolean isRetryNonIdempotent() {
        return retryNonIdempotent;
    }

    public void setRetryNonIdempotent(boolean retryNonIdempotent) {
        this.retryNonIdempotent = retryNonIdempotent;
    }

    public Sleeper getRetrySleeper() {
        return retrySleeper;
    }

    public void setRetrySleeper(Sleeper retrySleeper) {
        this.retrySleeper = retrySleeper;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public int getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(int proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public int getMaxPages() {
        return maxPages;
    }

    public void setMaxPages(int maxPages) {
        this.maxPages = maxPages;
    }

    public boolean isOnlyNew() {
        return onlyNew;
    }

    public void setOnlyNew(boolean onlyNew) {
        this.onlyNew = onlyNew;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public int getMaxItemAttempts() {
        return maxItemAttempts;
    }

    public void setMaxItemAttempts(int maxItemAttempts) {
        this.maxItemAttempts = maxItemAttempts;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public String getHttpMethod() {
        return httpMethod;
    }

    public void setHttpMethod(String httpMethod) {
        this.httpMethod = httpMethod;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public int getWebhookMaxBodySize() {
        return webhookMaxBodySize;
    }

    public void setWebhookMaxBodySize(int webhookMaxBodySize) {
        this.webhookMaxBodySize = webhookMaxBodySize;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public String getWebhookSecretHeader() {
        return webhookSecretHeader;
    }

    public void setWebhookSecretHeader(String webhookSecretHeader) {
        this.webhookSecretHeader = webhookSecretHeader;
    }

    public String getWebhookSecretParameter() {
        return webhookSecretParameter;
    }

    public void setWebhookSecretParameter(String webhookSecretParameter) {
        this.webhookSecretParameter = webhookSecretParameter;
    }

    public String getWebhookUsername() {
        return webhookUsername;
    }

    public void setWebhookUsername(String webhookUsername) {
        this.webhookUsername = webhookUsername;
    }

    public String getWebhookPassword() {
        return webhookPassword;
    }

    public void setWebhookPassword(String webhookPassword) {
        this.webhookPassword = webhookPassword;
    }
}
