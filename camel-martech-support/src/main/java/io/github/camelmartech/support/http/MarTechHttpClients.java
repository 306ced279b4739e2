package io.github.camelmartech.support.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/** Builds the pooled Apache HttpClient 5 a component shares between its endpoints. */
public final class MarTechHttpClients {

    /** Connections idle longer than this are checked before reuse: vendors' load balancers drop idle ones. */
    private static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofSeconds(2);
    private static final TimeValue EVICT_IDLE_AFTER = TimeValue.ofSeconds(30);

    private MarTechHttpClients() {
    }

    public static CloseableHttpClient create(TransportSettings settings) {
        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                .build();
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(connectionConfig)
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                // HttpClient's connections would log credentials with the headers/wire loggers at DEBUG
                .setConnectionFactory(new MaskedLoggingConnectionFactory());
        if (settings.sslContext() != null) {
            // host names stay verified: the default verifier is kept
            pool.setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(settings.sslContext()).buildClassic());
        }
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(pool.build())
                .setUserAgent(userAgent())
                // retries are ours (RetryPolicy): HttpClient's would repeat sends and ignore vendor codes
                .disableAutomaticRetries()
                // a redirect would re-send credentials to wherever it points; no vendor API redirects
                .disableRedirectHandling()
                .disableCookieManagement()
                .evictExpiredConnections()
                .evictIdleConnections(EVICT_IDLE_AFTER);
        if (settings.proxyHost() != null && !settings.proxyHost().isBlank()) {
            HttpHost proxy = new HttpHost(settings.proxyHost(), settings.proxyPort() > 0 ? settings.proxyPort() : 8080);
            builder.setProxy(proxy);
            if (settings.proxyUsername() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                char[] password = settings.proxyPassword() == null ? new char[0] : settings.proxyPassword().toCharArray();
                credentials.setCredentials(new AuthScope(proxy), new UsernamePasswordCredentials(settings.proxyUsername(), password));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        if (settings.configurer() != null) {
            settings.configurer().configureHttpClient(builder);
        }
        return builder.build();
    }

    /** {@code camel-martech/VERSION (+https://github.com/camelmartech)}, from the jar's build. */
    public static String userAgent() {
        return "camel-martech/" + version() + " (Apache Camel; +https://github.com/camelmartech)";
    }

    public static String version() {
        try (InputStream in = MarTechHttpClients.class.getResourceAsStream("/META-INF/camel-martech.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }
}
