package io.github.camelmartech.support.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.auth.OutgoingRequest;
import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.error.MarTechAuthenticationException;
import io.github.camelmartech.support.error.MarTechRateLimitedException;
import io.github.camelmartech.support.error.MarTechTransportException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.JsonErrorDecoder;
import io.github.camelmartech.support.http.SecretMasker;
import io.github.camelmartech.support.retry.RetryPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each step of the transport chain alone, against a scripted rest of the chain: no HTTP. */
class TransportStepsTest {

    private static final ApiOrigin ORIGIN = new ApiOrigin("https://api.example.com/base/");

    private static ApiResponse response(ApiRequest request, int status, String body, String... headers) {
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < headers.length; i += 2) {
            h.put(headers[i], List.of(headers[i + 1]));
        }
        return new ApiResponse(request, status, h, body.getBytes());
    }

    /** The rest of a chain that answers from a script and records what it was given. */
    private static final class Script implements TransportStep.Chain {
        final List<ApiRequest> seen = new ArrayList<>();
        final List<Object> answers;

        Script(Object... answers) {
            this.answers = new ArrayList<>(List.of(answers));
        }

        @Override
        public ApiResponse proceed(ApiRequest request) throws IOException {
            seen.add(request);
            Object next = answers.size() > 1 ? answers.remove(0) : answers.get(0);
            if (next instanceof IOException e) {
                throw e;
            }
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return response(request, (Integer) next, "{}");
        }
    }

    private static ErrorResponse error(int status, String... headers) {
        ApiRequest r = ApiRequest.get("/x").build();
        ApiResponse response = response(r, status, "{\"message\":\"m\"}", headers);
        return new ErrorResponse(new JsonErrorDecoder().decode(response), response);
    }

    private static RetryStep retry(List<Duration> waits) {
        return new RetryStep("Acme", RetryPolicy.builder().maxRetries(2).build(), waits::add,
                () -> new SecretMasker(List.of("s3cret-value")));
    }

    @Test
    void decodeLetsSuccessAndDeclaredResultStatusesThroughAndRaisesTheRest() throws IOException {
        DecodeStep decode = new DecodeStep(new JsonErrorDecoder());
        ApiRequest plain = ApiRequest.post("/otp").build();
        ApiRequest verify = plain.toBuilder().resultStatus(403).build();

        assertThat(decode.proceed(plain, new Script(200)).status()).isEqualTo(200);
        assertThat(decode.proceed(verify, new Script(403)).status()).isEqualTo(403);
        ErrorResponse refused = catchThrowableOfType(ErrorResponse.class, () -> decode.proceed(plain, new Script(403)));
        assertThat(refused.error().status()).isEqualTo(403);
    }

    @Test
    void signReceivesTheExactBytesAndTheResolvedPathAndAddsItsHeaders() throws IOException {
        List<String> signed = new ArrayList<>();
        MarTechAuth auth = new MarTechAuth() {
            @Override
            protected void authenticate(OutgoingRequest request) {
                signed.add(request.method() + " " + request.rawPath() + "?" + request.rawQuery() + " " + request.bodyAsString());
                request.setHeader("X-Sig", "sig");
            }

            @Override
            public Collection<String> secrets() {
                return List.of();
            }
        };
        Script rest = new Script(200);
        ApiRequest request = ApiRequest.post("/v1/items/{id}", "a b").query("q", "x y")
                .body("{\"n\":1}".getBytes(), "application/json").build();

        new SignStep(auth, ORIGIN).proceed(request, rest);

        assertThat(signed).containsExactly("POST /base/v1/items/a%20b?q=x%20y {\"n\":1}");
        assertThat(rest.seen.get(0).headers()).containsEntry("X-Sig", "sig");
        assertThat(rest.seen.get(0).body()).isSameAs(request.body());
    }

    @Test
    void vendorStepsAndSigningSkipForeignUrls() throws IOException {
        AtomicInteger ran = new AtomicInteger();
        TransportStep counting = (request, next) -> {
            ran.incrementAndGet();
            return next.proceed(request);
        };
        TransportStep apiOnly = TransportSteps.apiOnly(counting, ORIGIN);

        apiOnly.proceed(ApiRequest.get("/v1/x").build(), new Script(200));
        apiOnly.proceed(ApiRequest.link("GET", "https://api.example.com/base/v1/y").build(), new Script(200));
        apiOnly.proceed(ApiRequest.link("GET", "https://files.example.net/dump.csv").build(), new Script(200));
        apiOnly.proceed(ApiRequest.link("GET", "http://api.example.com/base/v1/y").build(), new Script(200));

        assertThat(ran).hasValue(2);
    }

    @Test
    void authRenewalSendsOnceMoreOnlyWhenTheAuthCanRenew() throws IOException {
        AtomicInteger renewals = new AtomicInteger();
        MarTechAuth renewing = new MarTechAuth() {
            @Override
            protected void authenticate(OutgoingRequest request) {
            }

            @Override
            public boolean renewAfterUnauthorized() {
                renewals.incrementAndGet();
                return true;
            }

            @Override
            public Collection<String> secrets() {
                return List.of();
            }
        };
        Script recovers = new Script(error(401), 200);
        assertThat(new AuthRenewalStep(renewing).proceed(ApiRequest.post("/send").build(), recovers).status())
                .isEqualTo(200);
        assertThat(recovers.seen).hasSize(2);

        Script stillRefused = new Script(error(401), error(401));
        assertThatThrownBy(() -> new AuthRenewalStep(renewing).proceed(ApiRequest.post("/send").build(), stillRefused))
                .isInstanceOf(ErrorResponse.class);
        assertThat(stillRefused.seen).hasSize(2);

        Script staticKey = new Script(error(401));
        assertThatThrownBy(() -> new AuthRenewalStep(MarTechAuth.none()).proceed(ApiRequest.get("/x").build(), staticKey))
                .isInstanceOf(ErrorResponse.class);
        assertThat(staticKey.seen).hasSize(1);
        assertThat(renewals).hasValue(2);
    }

    @Test
    void retryWaitsWhatTheVendorAskedAndTypesTheFinalError() {
        List<Duration> waits = new ArrayList<>();
        Script limited = new Script(error(429, "Retry-After", "2"), 200);

        assertThat(retry(waits).proceed(ApiRequest.post("/send").build(), limited).status()).isEqualTo(200);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));

        Script never = new Script(error(429, "Retry-After", "1"));
        MarTechRateLimitedException e = catchThrowableOfType(MarTechRateLimitedException.class,
                () -> retry(new ArrayList<>()).proceed(ApiRequest.get("/x").build(), never));
        assertThat(never.seen).hasSize(3);
        assertThat(e.getHttpResponseCode()).isEqualTo(429);

        assertThatThrownBy(() -> retry(waits).proceed(ApiRequest.get("/x").build(), new Script(error(401))))
                .isInstanceOf(MarTechAuthenticationException.class);
    }

    @Test
    void retryNeverRepeatsASendThatMayHaveReachedTheVendor() {
        Script timedOut = new Script(new SendFailure(new SocketTimeoutException("Read timed out s3cret-value"), true));

        MarTechTransportException e = catchThrowableOfType(MarTechTransportException.class,
                () -> retry(new ArrayList<>()).proceed(ApiRequest.post("/send").build(), timedOut));

        assertThat(timedOut.seen).hasSize(1);
        assertThat(e.isMayHaveReachedVendor()).isTrue();
        assertThat(e.getMessage()).contains("not retried").doesNotContain("s3cret-value");

        Script refusedOnce = new Script(new SendFailure(new ConnectException("refused"), false), 200);
        assertThat(retry(new ArrayList<>()).proceed(ApiRequest.post("/send").build(), refusedOnce).status())
                .isEqualTo(200);
        assertThat(refusedOnce.seen).hasSize(2);
    }

    @Test
    void theChainRunsStepsInOrderAndTheLastMustAnswer() throws IOException {
        List<String> order = new ArrayList<>();
        TransportStep a = (r, next) -> {
            order.add("a");
            return next.proceed(r.toBuilder().header("A", "1").build());
        };
        TransportStep b = (r, next) -> {
            order.add("b:" + r.headers().get("A"));
            return response(r, 200, "{}");
        };

        assertThat(new TransportChain(List.of(a, b)).proceed(ApiRequest.get("/x").build()).status()).isEqualTo(200);
        assertThat(order).containsExactly("a", "b:1");
        assertThatThrownBy(() -> new TransportChain(List.of(a)).proceed(ApiRequest.get("/x").build()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void apiErrorsKeepTheDecodedFields() {
        ApiError decoded = error(404).error();
        assertThat(decoded.vendorMessage()).isEqualTo("m");
    }
}
