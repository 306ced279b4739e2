package io.github.camelmartech.support.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelmartech.support.retry.Sleeper;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

/** Shared helpers for transport tests. */
public final class TestClients {

    private TestClients() {
    }

    public static CloseableHttpClient pooled() {
        return MarTechHttpClients.create(settings(null));
    }

    public static TransportSettings settings(HttpClientConfigurer configurer) {
        return new TransportSettings(Duration.ofSeconds(2), null, 0, null, null, null, 5, configurer);
    }

    /** Records the waits asked for instead of sleeping. */
    public static final class RecordingSleeper implements Sleeper {
        public final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }

    /**
     * Resolves every host to loopback and counts the look-ups: one look-up per new connection, so the count tells
     * how many connections the client opened. The first {@code refusals} look-ups answer 127.0.0.2, where nothing
     * listens (the stub is bound to 127.0.0.1 only): a connection refused before any byte was sent.
     */
    public static final class CountingResolver implements DnsResolver {
        public final AtomicInteger lookups = new AtomicInteger();
        private final int refusals;

        public CountingResolver(int refusals) {
            this.refusals = refusals;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            int n = lookups.incrementAndGet();
            String address = n <= refusals ? "127.0.0.2" : "127.0.0.1";
            return new InetAddress[] { InetAddress.getByName(address) };
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
        }

        public HttpClientConfigurer configurer() {
            return builder -> builder.setConnectionManager(
                    PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(this).build());
        }
    }
}
