package io.github.camelmartech.support.component;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLContext;

import io.github.camelmartech.support.http.MarTechHttpClients;
import io.github.camelmartech.support.http.TransportSettings;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of every vendor component: owns the pooled HttpClients its endpoints share (one per distinct transport
 * setting, so usually one), and resolves TLS settings: the endpoint's own, else Camel's global ones when
 * {@code useGlobalSslContextParameters} is on, else the JVM's defaults.
 */
public abstract class MarTechComponent extends HealthCheckComponent implements SSLContextParametersAware {

    private static final Logger LOG = LoggerFactory.getLogger(MarTechComponent.class);

    @Metadata(label = "security", defaultValue = "false",
              description = "Use Camel's global SSL context parameters when an endpoint sets none.")
    private boolean useGlobalSslContextParameters;

    private final Map<TransportSettings, CloseableHttpClient> clients = new ConcurrentHashMap<>();
    private final Map<SSLContextParameters, SSLContext> sslContexts = new ConcurrentHashMap<>();

    /** The shared client for the endpoint's transport options. */
    public CloseableHttpClient httpClient(MarTechConfiguration config) {
        return clients.computeIfAbsent(transportSettings(config), MarTechHttpClients::create);
    }

    TransportSettings transportSettings(MarTechConfiguration c) {
        return new TransportSettings(java.time.Duration.ofMillis(c.getConnectTimeout()), c.getProxyHost(),
                c.getProxyPort(), c.getProxyUsername(), c.getProxyPassword(), sslContext(c), c.getMaxConnections(),
                c.getHttpClientConfigurer());
    }

    private SSLContext sslContext(MarTechConfiguration c) {
        SSLContextParameters parameters = c.getSslContextParameters();
        if (parameters == null && useGlobalSslContextParameters) {
            parameters = retrieveGlobalSslContextParameters();
        }
        if (parameters == null) {
            return null;
        }
        SSLContextParameters p = parameters;
        return sslContexts.computeIfAbsent(p, k -> {
            try {
                return k.createSSLContext(getCamelContext());
            } catch (Exception e) {
                throw new RuntimeCamelException("Cannot create the SSL context from sslContextParameters", e);
            }
        });
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        addSecretsToSensitiveKeywords();
    }

    /**
     * Camel Main (and so Camel Quarkus) logs every camel.component.* value it applies at start, masking only the
     * keys in Camel's own list (apikey, token, password, ...): apiToken, apiSecret or webhookSecret would be
     * printed. So the component's secret option names (from its generated URI factory) join the context's
     * additional sensitive keywords, which that log and Camel's other sensitive-aware output also honour.
     */
    private void addSecretsToSensitiveKeywords() {
        ExtendedCamelContext extension = getCamelContext().getCamelContextExtension();
        EndpointUriFactory factory = getDefaultName() == null ? null : extension.getEndpointUriFactory(getDefaultName());
        if (factory == null) {
            return;
        }
        String keywords = extension.getAdditionalSensitiveKeywords();
        StringBuilder added = new StringBuilder(keywords == null ? "" : keywords);
        for (String secret : factory.secretPropertyNames()) {
            String keyword = secret.toLowerCase(Locale.ROOT);
            if (!("," + added + ",").contains("," + keyword + ",")) {
                added.append(added.length() == 0 ? "" : ",").append(keyword);
            }
        }
        extension.setAdditionalSensitiveKeywords(added.toString());
    }

    @Override
    protected void doStop() throws Exception {
        for (CloseableHttpClient client : clients.values()) {
            try {
                client.close();
            } catch (IOException e) {
                LOG.debug("Closing HTTP client failed", e);
            }
        }
        clients.clear();
        sslContexts.clear();
        super.doStop();
    }

    /** How many pooled clients are open; one unless endpoints differ in transport options. */
    public int openClients() {
        return clients.size();
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
