package io.github.camelmartech.support.http;

import java.time.Duration;
import java.util.Objects;

import javax.net.ssl.SSLContext;

/**
 * What a pooled HttpClient is built from. Endpoints whose settings are equal share one client (one pool, kept-alive
 * connections reused); credentials are not part of it, they travel per request.
 */
public record TransportSettings(Duration connectTimeout, String proxyHost, int proxyPort, String proxyUsername,
                                String proxyPassword, SSLContext sslContext, int maxConnections,
                                HttpClientConfigurer configurer) {

    public TransportSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (maxConnections <= 0) {
            throw new IllegalArgumentException("maxConnections must be > 0");
        }
    }

    @Override
    public String toString() {
        return "TransportSettings[connectTimeout=" + connectTimeout + ", proxy=" + proxyHost + ":" + proxyPort
               + ", customSsl=" + (sslContext != null) + ", maxConnections=" + maxConnections + "]";
    }
}
