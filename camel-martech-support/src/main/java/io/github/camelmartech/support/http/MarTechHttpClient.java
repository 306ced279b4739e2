package io.github.camelmartech.support.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.error.MarTechApiException;
import io.github.camelmartech.support.error.MarTechTransportException;
import io.github.camelmartech.support.retry.RetryPolicy;
import io.github.camelmartech.support.retry.Sleeper;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One endpoint's view of a vendor API: base URL, auth, retry policy and error decoder over the component's shared
 * pooled HttpClient. {@link #execute} sends a request, retries it where the {@link RetryPolicy} allows, and returns a
 * 2xx response or throws a typed {@link MarTechApiException} / {@link MarTechTransportException}.
 */
public final class MarTechHttpClient {

    private static final Logger LOG = LoggerFactory.getLogger(MarTechHttpClient.class);

    private final String vendor;
    private final URI baseUri;
    private final String baseUrl;
    private final CloseableHttpClient http;
    private final MarTechAuth auth;
    private final RetryPolicy retryPolicy;
    private final ErrorDecoder errorDecoder;
    private final RequestConfig requestConfig;
    private final Sleeper sleeper;
    private final List<String> extraSecrets = new CopyOnWriteArrayList<>();

    private MarTechHttpClient(Builder b) {
        this.vendor = b.vendor;
        this.baseUrl = stripTrailingSlash(b.baseUrl);
        this.baseUri = URI.create(this.baseUrl);
        this.http = b.http;
        this.auth = b.auth;
        this.retryPolicy = b.retryPolicy;
        this.errorDecoder = b.errorDecoder;
        // no Expect: 100-continue, whatever HttpClient's default becomes: some vendors' load balancers reject it
        this.requestConfig = RequestConfig.custom().setResponseTimeout(Timeout.of(b.responseTimeout))
                .setExpectContinueEnabled(false).build();
        this.sleeper = b.sleeper;
        this.extraSecrets.addAll(b.secrets);
    }

    public static Builder builder(String vendor, String baseUrl, CloseableHttpClient http) {
        return new Builder(vendor, baseUrl, http);
    }

    public String vendor() {
        return vendor;
    }

    public String baseUrl() {
        return baseUrl;
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

    /** Sends with retries; returns the 2xx response, or throws the typed exception of the final failure. */
    public ApiResponse execute(ApiRequest request) {
        int retries = 0;
        boolean renewedAuth = false;
        while (true) {
            AtomicBoolean sent = new AtomicBoolean(false);
            ApiResponse response;
            try {
                response = send(request, sent);
            } catch (IOException e) {
                boolean mayHaveBeenSent = !neverConnected(e) && (sent.get() || !request.hasTrackableBody());
                RetryPolicy.Decision decision = retryPolicy.onConnectionFailure(request, mayHaveBeenSent, retries);
                LOG.debug("{} {} failed ({}), sent={}, retry={}", vendor, request, e.getClass().getSimpleName(),
                        mayHaveBeenSent, decision.retry());
                if (!decision.retry()) {
                    throw transportFailure(request, mayHaveBeenSent, e);
                }
                pause(decision.delay(), request);
                retries++;
                continue;
            }
            ApiError error = request.isResultStatus(response.status()) ? null : errorDecoder.decode(response);
            if (error == null) {
                return response;
            }
            if (!renewedAuth && auth.renewAfterRejection(error)) {
                // a credential rejection means the vendor refused before processing: re-sending is safe
                renewedAuth = true;
                continue;
            }
            Duration asked = retryPolicy.askedWait(response, error);
            RetryPolicy.Decision decision = retryPolicy.onErrorResponse(request, error, asked, retries);
            LOG.debug("{} {} answered {}, retry={} after {}", vendor, request, response.status(), decision.retry(),
                    decision.delay());
            if (!decision.retry()) {
                throw toException(error, asked);
            }
            pause(decision.delay(), request);
            retries++;
        }
    }

    /** No connection was made, so no request byte can have left, whatever the request. */
    private static boolean neverConnected(IOException e) {
        return e instanceof ConnectException || e instanceof ConnectTimeoutException || e instanceof UnknownHostException;
    }

    private ApiResponse send(ApiRequest request, AtomicBoolean sent) throws IOException {
        URI uri = resolve(request);
        HttpUriRequestBase httpRequest = new HttpUriRequestBase(request.method(), uri);
        request.headers().forEach(httpRequest::setHeader);
        if (request.hasTrackableBody()) {
            byte[] body = request.body() != null ? request.body() : new byte[0];
            ContentType contentType = request.contentType() != null ? ContentType.parse(request.contentType()) : null;
            httpRequest.setEntity(new SendTrackingEntity(new ByteArrayEntity(body, contentType), sent));
        }
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(requestConfig);
        if (isApiHost(uri)) {
            context.setAttribute(MarTechAuth.CONTEXT_ATTRIBUTE, auth);
        }
        return http.execute(httpRequest, context, response -> toApiResponse(request, response));
    }

    private static ApiResponse toApiResponse(ApiRequest request, ClassicHttpResponse response) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header h : response.getHeaders()) {
            headers.computeIfAbsent(h.getName(), k -> new ArrayList<>(1)).add(h.getValue());
        }
        byte[] body = response.getEntity() == null ? new byte[0] : readBody(response.getEntity());
        return new ApiResponse(request, response.getCode(), headers, body);
    }

    /**
     * The body bytes. With a Content-Length (every uncompressed vendor answer here) they are read straight into one
     * array of that length; EntityUtils.toByteArray would fill a growing buffer through a 4 KB scratch array and then
     * copy it, i.e. two copies of every page. A decompressed body (no length) or an absent one goes to EntityUtils
     * as before.
     */
    private static byte[] readBody(HttpEntity entity) throws IOException {
        long length = entity.getContentLength();
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            return EntityUtils.toByteArray(entity);
        }
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return null;
            }
            byte[] body = new byte[(int) length];
            int read = in.readNBytes(body, 0, body.length);
            return read == body.length ? body : Arrays.copyOf(body, read);
        }
    }

    URI resolve(ApiRequest request) {
        String target = request.targetWithQuery();
        if (target.startsWith("http://") || target.startsWith("https://")) {
            return URI.create(target);
        }
        return URI.create(baseUrl + (target.startsWith("/") || target.isEmpty() ? "" : "/") + target);
    }

    /** Credentials go only to the API's own scheme, host and port. */
    private boolean isApiHost(URI uri) {
        return baseUri.getScheme().equalsIgnoreCase(uri.getScheme())
               && baseUri.getHost().equalsIgnoreCase(uri.getHost())
               && port(baseUri) == port(uri);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private MarTechApiException toException(ApiError error, Duration asked) {
        SecretMasker masker = secretMasker();
        ApiError.Builder masked = error.toBuilder().vendorMessage(masker.mask(error.vendorMessage()));
        error.details().forEach((k, v) -> masked.detail(k, masker.maskValue(v)));
        if (error.retryAfter() == null && asked != null) {
            masked.retryAfter(asked);
        }
        return MarTechApiException.of(vendor, masked.build());
    }

    private MarTechTransportException transportFailure(ApiRequest request, boolean mayHaveBeenSent, IOException e) {
        String message = vendor + " " + request + " failed: " + e.getClass().getSimpleName() + ": "
                         + secretMasker().mask(e.getMessage())
                         + (mayHaveBeenSent && !request.isIdempotent()
                                 ? " (the request may have reached " + vendor + "; not retried)" : "");
        return new MarTechTransportException(message, mayHaveBeenSent, e);
    }

    private void pause(Duration delay, ApiRequest request) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MarTechTransportException(vendor + " " + request + " interrupted while waiting to retry", false, e);
        }
    }

    private static String stripTrailingSlash(String url) {
        if (url == null || url.isBlank()) {
            throw new io.github.camelmartech.support.error.MarTechInvalidInputException("baseUrl", "is required");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
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
