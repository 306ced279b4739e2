package io.github.camelmartech.support.http;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/** Last say over the HttpClient a component builds (extra interceptors, a DNS resolver, metrics). */
@FunctionalInterface
public interface HttpClientConfigurer {

    void configureHttpClient(HttpClientBuilder builder);
}
