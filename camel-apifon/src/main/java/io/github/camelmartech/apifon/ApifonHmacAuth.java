package io.github.camelmartech.apifon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import io.github.camelmartech.support.auth.Hmac;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.auth.OutgoingRequest;

/**
 * Apifon's HMAC scheme ({@code ApifonWS}): {@code Base64(HMAC-SHA256(secret, METHOD\nPATH\nBODY\nDATE))} sent as
 * {@code Authorization: ApifonWS token:signature} with the signed date in {@code X-ApifonWS-Date}.
 *
 * <p>The path is signed without its query (the official SDKs sign {@code URL.pathname}), and the body is the exact
 * bytes on the wire. Runs on every attempt, so a retry carries a fresh date.
 */
public final class ApifonHmacAuth extends MarTechAuth {

    /**
     * Not {@code RFC_1123_DATE_TIME}: that prints a one-digit day ({@code Thu, 1 Sep}), whereas the SDKs (and so the
     * server's expectation) zero-pad it.
     */
    public static final DateTimeFormatter DATE_FORMAT
            = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    public static final String DATE_HEADER = "X-ApifonWS-Date";

    private static final byte[] NEWLINE = {'\n'};

    private final String token;
    private final String secret;
    private final Clock clock;
    /** Keyed once, not on every request. */
    private final Hmac keyed;
    /** The date header of the current second: it changes once a second, the formatter would run per request. */
    private volatile SignedDate lastDate = new SignedDate(Long.MIN_VALUE, null);

    private record SignedDate(long epochSecond, String text) {
    }

    public ApifonHmacAuth(String token, String secret, Clock clock) {
        this.token = required(token, "apiToken", "is required (or clientId and clientSecret for OAuth2)");
        this.secret = required(secret, "apiSecret", "is required with apiToken to sign requests");
        this.clock = clock != null ? clock : Clock.systemUTC();
        this.keyed = Hmac.sha256(secret);
    }

    @Override
    protected void authenticate(OutgoingRequest request) throws IOException {
        String date = date(clock.instant());
        // the string to sign, fed to the Mac piece by piece: the body's own bytes, no String of it, no concatenation
        byte[] signature = keyed.sign(request.method().getBytes(StandardCharsets.UTF_8), NEWLINE,
                request.rawPath().getBytes(StandardCharsets.UTF_8), NEWLINE, request.body(), NEWLINE,
                date.getBytes(StandardCharsets.UTF_8));
        request.setHeader(DATE_HEADER, date);
        request.setHeader("Authorization", "ApifonWS " + token + ":" + Base64.getEncoder().encodeToString(signature));
    }

    private String date(Instant now) {
        SignedDate last = lastDate;
        if (last.epochSecond() != now.getEpochSecond()) {
            last = new SignedDate(now.getEpochSecond(), DATE_FORMAT.format(now));
            lastDate = last;
        }
        return last.text();
    }

    /** The signature of one request; public so tests (and users debugging a 401) can recompute it. */
    public static String sign(String secret, String method, String path, String body, String date) {
        String stringToSign = method + "\n" + path + "\n" + (body == null ? "" : body) + "\n" + date;
        byte[] signature = Hmac.sha256(secret).sign(stringToSign.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signature);
    }

    @Override
    public Collection<String> secrets() {
        // the token is a credential too (option apiToken is secret): an error echoing it must not show it
        return List.of(secret, token);
    }

    @Override
    public String toString() {
        return "ApifonHmacAuth[token=xxxxxx]";
    }
}
