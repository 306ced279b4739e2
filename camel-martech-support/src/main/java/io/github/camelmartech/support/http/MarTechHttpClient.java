package io.github.camelmartech.support.http;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.error.MarTechApiException;
import io.github.camelmartech.support.error.MarTechTransportException;
import io.github.camelmartech.support.retry.RetryPolicy;
import io.github.camelmartech.support.retry.Sleeper;
import io.github.camelmartech.support.transport.ApiOrigin;
import io.github.camelmartech.support.transport.AuthRenewalStep;
import io.github.camelmartech.support.transport.DecodeStep;
import io.github.camelmartech.support.transport.RetryStep;
import io.github.camelmartech.support.transport.SendStep;
import io.github.camelmartech.support.transport.SignStep;
import io.github.camelmartech.support.transport.TransportChain;
import io.github.camelmartech.support.transport.TransportStep;
import io.github.camelmartech.support.transport.TransportSteps;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * One endpoint's view of a vendor API: its transport chain over the component's shared pooled HttpClient, in order
 * retry, auth renewal, decoding, the vendor's own steps, signing, sending (see {@link TransportStep}).
 * {@link #execute} returns a 2xx response (or one the request declares a result) or throws a typed
 * {@link MarTechApiException} / {@link MarTechTransportException}.
 */
public final class MarTechHttpClient {

    private final String vendor;
    private final ApiOrigin origin;
    private final MarTechAuth auth;
    private final List<String> extraSecrets = new CopyOnWriteArrayList<>();
    private final TransportChain chain;

    private MarTechHttpClient(Builder b) {
        this.vendor = b.vendor;
        this.origin = new ApiOrigin(b.baseUrl);
        this.auth = b.auth;
        this.extraSecrets.addAll(b.secrets);
        List<TransportStep> steps = new ArrayList<>();
        steps.add(new RetryStep(vendor, b.retryPolicy, b.sleeper, this::secretMasker));
        steps.add(new AuthRenewalStep(auth));
        steps.add(new DecodeStep(b.errorDecoder));
        b.vendorSteps.forEach(step -> steps.add(TransportSteps.apiOnly(step, origin)));
        steps.add(TransportSteps.apiOnly(new SignStep(auth, origin), origin));
        steps.add(new SendStep(b.http, origin, b.responseTimeout));
        this.chain = new TransportChain(steps);
    }

    public static Builder builder(String vendor, String baseUrl, CloseableHttpClient http) {
        return new Builder(vendor, baseUrl, http);
    }

    public String vendor() {
        return vendor;
    }

    public String baseUrl() {
        return origin.baseUrl();
    }

    /** Adds a secret learnt at run time (a fetched token) to the values masked in errors. */
    public void addSecret(String secret) {
        extraSecrets.add(secret);
    }

    public SecretMasker secretMasker() {
        Collection<String> secrets = new ArrayList<>(auth.secrets());
        secrets.addAll(extraSecrets);
        return new SecretMasker(secrets);
    }

    /** Sends and maps a 2xx JSON answer to {@code type}. */
    public <T> T execute(ApiRequest request, Class<T> type) {
        return execute(request).as(type);
    }

    /** Sends with retries; returns the answer, or throws the typed exception of the final failure. */
    public ApiResponse execute(ApiRequest request) {
        try {
            return chain.proceed(request);
        } catch (IOException e) {
            // the retry step turns every failure into a typed exception; this is only reached if it did not
            throw new MarTechTransportException(vendor + " " + request + " failed: " + e.getClass().getSimpleName(),
                    true, e);
        }
    }

    public static final class Builder {
        private final String vendor;
        private final String baseUrl;
        private final CloseableHttpClient http;
        private MarTechAuth auth = MarTechAuth.none();
        private RetryPolicy retryPolicy = RetryPolicy.builder().build();
        private ErrorDecoder errorDecoder = new JsonErrorDecoder();
        private Duration responseTimeout = Duration.ofSeconds(30);
        private Sleeper sleeper = Sleeper.SYSTEM;
        private final List<String> secrets = new ArrayList<>();
        private final List<TransportStep> vendorSteps = new ArrayList<>();

        private Builder(String vendor, String baseUrl, CloseableHttpClient http) {
            this.vendor = vendor;
            this.baseUrl = baseUrl;
            this.http = http;
        }

        public Builder auth(MarTechAuth auth) {
            this.auth = auth;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        public Builder errorDecoder(ErrorDecoder errorDecoder) {
            this.errorDecoder = errorDecoder;
            return this;
        }

        public Builder responseTimeout(Duration responseTimeout) {
            this.responseTimeout = responseTimeout;
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /**
         * A vendor step between decoding and signing (a throttle, a vendor header), run for requests to the API
         * only, once per attempt, in the order added.
         */
        public Builder step(TransportStep step) {
            vendorSteps.add(step);
            return this;
        }

        /** Values to mask besides the auth's own (e.g. the client secret of a token client). */
        public Builder secret(String secret) {
            if (secret != null) {
                secrets.add(secret);
            }
            return this;
        }

        public MarTechHttpClient build() {
            return new MarTechHttpClient(this);
        }
    }
}
