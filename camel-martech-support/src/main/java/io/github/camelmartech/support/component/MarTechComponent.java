package io.github.camelmartech.support.component;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLContext;

import io.github.camelmartech.support.http.MarTechHttpClients;
import io.github.camelmartech.support.http.TransportSettings;
import io.github.camelmartech.support.transport.Throttles;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of every vendor component: creates its endpoints from a copy of the component's configuration, owns the
 * pooled HttpClients its endpoints share (one per distinct transport setting, so usually one), and resolves TLS
 * settings: the endpoint's own, else Camel's global ones when {@code useGlobalSslContextParameters} is on, else the
 * JVM's defaults.
 *
 * @param <C> the vendor's configuration
 */
public abstract class MarTechComponent<C extends MarTechConfiguration> extends HealthCheckComponent
        implements SSLContextParametersAware {

    private static final Logger LOG = LoggerFactory.getLogger(MarTechComponent.class);

    @Metadata(label = "security", defaultValue = "false",
              description = "Use Camel's global SSL context parameters when an endpoint sets none.")
    private boolean useGlobalSslContextParameters;

    private final Map<TransportSettings, CloseableHttpClient> clients = new ConcurrentHashMap<>();
    private final Map<SSLContextParameters, SSLContext> sslContexts = new ConcurrentHashMap<>();
    private final Throttles throttles = new Throttles();

    /**
     * The options shared by every endpoint. The vendor component declares the {@code configuration} field with its
     * getter and setter: Camel's catalog reads the field's concrete type to list the vendor's options.
     */
    public abstract C getConfiguration();

    /** The vendor's endpoint for a URI, with a copy of the component's configuration whose resource is set. */
    protected abstract Endpoint createEndpoint(String uri, C configuration);

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        C configuration = getConfiguration().copy();
        configuration.setResource(remaining);
        Endpoint endpoint = createEndpoint(uri, configuration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

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

    /** Binds options given as {@code camel.component.<name>.*} initial or override properties of a plain CamelContext. */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        ContextComponentProperties.bind(this);
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        super.setCamelContext(camelContext);
        // as soon as the component exists: Camel Main prints its configuration summary before it starts components
        if (camelContext != null) {
            SecretOptionNames.register(camelContext, getClass());
        }
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

    /** The client-side throttles its endpoints share, one per credential and limit (a vendor step, when it has one). */
    public Throttles throttles() {
        return throttles;
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
