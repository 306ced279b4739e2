package io.github.camelmartech.sandbox;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a vendor's callbacks (delivery reports) to the URL a request named, shortly after the request, as the
 * vendor does. It trusts any certificate: vendors require https callback URLs, and in a sandbox those are local
 * endpoints with self-signed certificates. Every delivery is recorded, so a test can wait for it.
 */
public final class CallbackSender {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackSender.class);

    /**
     * One delivery: where (for a GET callback, with its query), what was posted (empty for a GET), and the status
     * the receiver answered (-1 when it could not be reached).
     */
    public record Delivery(String url, String body, int status) {
    }

    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().sslContext(trustAll()).sslParameters(noHostnameCheck())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration delay;

    CallbackSender(Duration delay) {
        this.delay = delay;
    }

    /** Posts {@code json} to {@code url} after the delay, without blocking the request that caused it. */
    CompletableFuture<Delivery> post(String url, String json) {
        Executor later = CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.supplyAsync(() -> deliver(url, json), later);
    }

    /** Calls {@code url} with GET after the delay: vendors whose callbacks are query parameters (GetResponse). */
    CompletableFuture<Delivery> get(String url) {
        Executor later = CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.supplyAsync(() -> deliver(url, null), later);
    }

    /** POSTs {@code json}, or GETs the URL when {@code json} is null; the delivery's body is then empty. */
    private Delivery deliver(String url, String json) {
        int status;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
            HttpRequest request = json == null ? builder.GET().build() : builder.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            // without the query: callback URLs carry the receiver's secret (and a GET callback its data)
            LOG.warn("Callback to {} failed: {}", url.split("\\?", 2)[0], e.toString());
            status = -1;
        }
        Delivery delivery = new Delivery(url, json == null ? "" : json, status);
        deliveries.add(delivery);
        return delivery;
    }

    /** The deliveries made so far, oldest first. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    void clear() {
        deliveries.clear();
    }

    private static SSLContext trustAll() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            // an extended trust manager, so JSSE does not wrap it with its own host name check
            context.init(null, new TrustManager[] {new X509ExtendedTrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
                }

                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("TLS is not available", e);
        }
    }

    private static SSLParameters noHostnameCheck() {
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(null);
        return parameters;
    }
}
