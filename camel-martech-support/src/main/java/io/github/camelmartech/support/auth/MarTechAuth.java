package io.github.camelmartech.support.auth;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The SPI a vendor implements to authenticate its requests: an HttpClient request interceptor that sees the exact
 * method, path, query and body bytes being sent, and sets the headers the vendor wants. It runs on every attempt,
 * so a retry is signed again (fresh date, fresh token). The transport calls it only for requests to the API host,
 * never for a foreign URL a vendor hands out (a download link, a poll URL elsewhere).
 */
public abstract class MarTechAuth implements HttpRequestInterceptor {

    /** The HttpContext attribute through which the shared client finds the auth of the calling endpoint. */
    public static final String CONTEXT_ATTRIBUTE = "camelmartech.auth";

    private static final MarTechAuth NONE = new MarTechAuth() {
        @Override
        protected void authenticate(OutgoingRequest request) {
            // no credentials
        }

        @Override
        public Collection<String> secrets() {
            return List.of();
        }
    };

    public static MarTechAuth none() {
        return NONE;
    }

    @Override
    public final void process(HttpRequest request, EntityDetails entity, HttpContext context)
            throws HttpException, IOException {
        authenticate(new OutgoingRequest(request));
    }

    /** Sets the authentication headers on the request about to be sent. */
    protected abstract void authenticate(OutgoingRequest request) throws IOException;

    /**
     * Called once when the vendor rejected a request: whether the rejection means stale credentials, in which case
     * they are dropped and the request is sent again, once. By default a 401 for auths that can renew; vendors
     * whose token errors look different (Accengage {@code 400 API_ERR_TOKEN}) override this.
     */
    public boolean renewAfterRejection(io.github.camelmartech.support.error.ApiError error) {
        return error.status() == 401 && renewAfterUnauthorized();
    }

    /**
     * Called once after a 401: drops cached credentials (a token the vendor revoked early) and tells whether
     * sending again can succeed. Static keys return false.
     */
    public boolean renewAfterUnauthorized() {
        return false;
    }

    /** The secret values this auth holds, so the transport can mask them wherever text may leave. */
    public abstract Collection<String> secrets();
}
