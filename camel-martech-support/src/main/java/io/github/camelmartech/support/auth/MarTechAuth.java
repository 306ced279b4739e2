package io.github.camelmartech.support.auth;

import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;

/**
 * What a vendor implements to authenticate its requests: it sees the exact method, path, query and body bytes about
 * to be sent ({@link OutgoingRequest}) and sets the headers the vendor wants. The transport's sign step calls it on
 * every attempt, so a retry is signed again (fresh date, fresh token), and only for requests to the API's origin,
 * never for a foreign URL a vendor hands out (a download link, a poll URL elsewhere).
 */
public abstract class MarTechAuth {

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

    /** The request with this auth's headers, signed over the bytes it carries; {@code uri} is where it goes. */
    public final ApiRequest sign(ApiRequest request, URI uri) throws IOException {
        OutgoingRequest outgoing = new OutgoingRequest(request, uri);
        authenticate(outgoing);
        return outgoing.signed();
    }

    /** Sets the authentication headers on the request about to be sent. */
    protected abstract void authenticate(OutgoingRequest request) throws IOException;

    /**
     * Called once when the vendor rejected a request: whether the rejection means stale credentials, in which case
     * they are dropped and the request is sent again, once. By default a 401 for auths that can renew; vendors
     * whose token errors look different (Accengage {@code 400 API_ERR_TOKEN}) override this.
     */
    public boolean renewAfterRejection(ApiError error) {
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

    /**
     * A credential's value, refused before any call when it is missing or blank, named by its option:
     * {@code apiKey: is required}.
     */
    protected static String required(String value, String option, String rule) {
        if (value == null || value.isBlank()) {
            throw new MarTechInvalidInputException(option, rule);
        }
        return value;
    }

    /**
     * This auth, then {@code headers} on every request it signs (a vendor's account or time zone headers, which
     * must ride with every credential); renewal and secrets stay this auth's.
     */
    public MarTechAuth andThen(Consumer<OutgoingRequest> headers) {
        MarTechAuth auth = this;
        return new MarTechAuth() {
            @Override
            protected void authenticate(OutgoingRequest request) throws IOException {
                auth.authenticate(request);
                headers.accept(request);
            }

            @Override
            public boolean renewAfterRejection(ApiError error) {
                return auth.renewAfterRejection(error);
            }

            @Override
            public boolean renewAfterUnauthorized() {
                return auth.renewAfterUnauthorized();
            }

            @Override
            public Collection<String> secrets() {
                return auth.secrets();
            }
        };
    }
}
