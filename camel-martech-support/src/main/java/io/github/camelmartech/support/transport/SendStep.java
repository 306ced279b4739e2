package io.github.camelmartech.support.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * The last step: sends the request's exact bytes over the component's pooled HttpClient and reads the whole answer.
 * It records whether the body started to be written, so a failure can say whether the request may have reached
 * the vendor ({@link SendFailure}); nothing else (no auth, no retry) happens here.
 */
public final class SendStep implements TransportStep {

    private final CloseableHttpClient http;
    private final ApiOrigin origin;
    private final RequestConfig requestConfig;

    public SendStep(CloseableHttpClient http, ApiOrigin origin, Duration responseTimeout) {
        this.http = http;
        this.origin = origin;
        // no Expect: 100-continue, whatever HttpClient's default becomes: some vendors' load balancers reject it
        this.requestConfig = RequestConfig.custom().setResponseTimeout(Timeout.of(responseTimeout))
                .setExpectContinueEnabled(false).build();
    }

    @Override
    public ApiResponse proceed(ApiRequest request, Chain next) throws IOException {
        URI uri = origin.resolve(request);
        HttpUriRequestBase httpRequest = new HttpUriRequestBase(request.method(), uri);
        request.headers().forEach(httpRequest::setHeader);
        AtomicBoolean sent = new AtomicBoolean(false);
        if (request.hasTrackableBody()) {
            byte[] body = request.body() != null ? request.body() : new byte[0];
            ContentType contentType = request.contentType() != null ? ContentType.parse(request.contentType()) : null;
            httpRequest.setEntity(new SendTrackingEntity(new ByteArrayEntity(body, contentType), sent));
        }
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(requestConfig);
        try {
            return http.execute(httpRequest, context, response -> toApiResponse(request, response));
        } catch (IOException e) {
            boolean mayHaveReachedVendor = !neverConnected(e) && (sent.get() || !request.hasTrackableBody());
            throw new SendFailure(e, mayHaveReachedVendor);
        }
    }

    /** No connection was made, so no request byte can have left, whatever the request. */
    private static boolean neverConnected(IOException e) {
        return e instanceof ConnectException || e instanceof ConnectTimeoutException || e instanceof UnknownHostException;
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
     * copy it, i.e. two copies of every page. A decompressed body (no length) or an absent one goes to EntityUtils.
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
}
