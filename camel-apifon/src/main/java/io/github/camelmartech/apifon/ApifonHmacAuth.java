package io.github.camelmartech.apifon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.auth.OutgoingRequest;
import io.github.camelmartech.support.error.MarTechInvalidInputException;

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

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte NEWLINE = '\n';

    private final String token;
    private final String secret;
    private final Clock clock;
    /**
     * A Mac keyed with the secret, cloned for each signature: {@code Mac.getInstance} (a provider lookup) and
     * {@code init} (hashing the key into its pads) are done once, not on every request; a clone is a copy of a
     * few small arrays and needs no lock, whatever the number of threads.
     */
    private final Mac keyed;
    /** The date header of the current second: it changes once a second, the formatter would run per request. */
    private volatile SignedDate lastDate = new SignedDate(Long.MIN_VALUE, null);

    private record SignedDate(long epochSecond, String text) {
    }

    public ApifonHmacAuth(String token, String secret, Clock clock) {
        if (token == null || token.isBlank()) {
            throw new MarTechInvalidInputException("apiToken", "is required (or clientId and clientSecret for OAuth2)");
        }
        if (secret == null || secret.isBlank()) {
            throw new MarTechInvalidInputException("apiSecret", "is required with apiToken to sign requests");
        }
        this.token = token;
        this.secret = secret;
        this.clock = clock != null ? clock : Clock.systemUTC();
        this.keyed = newMac(secret);
    }

    @Override
    protected void authenticate(OutgoingRequest request) throws IOException {
        String date = date(clock.instant());
        // the string to sign, fed to the Mac piece by piece: the body's own bytes, no String of it, no concatenation
        Mac mac = mac();
        mac.update(request.method().getBytes(StandardCharsets.UTF_8));
        mac.update(NEWLINE);
        mac.update(request.rawPath().getBytes(StandardCharsets.UTF_8));
        mac.update(NEWLINE);
        mac.update(request.body());
        mac.update(NEWLINE);
        mac.update(date.getBytes(StandardCharsets.UTF_8));
        request.setHeader(DATE_HEADER, date);
        request.setHeader("Authorization", "ApifonWS " + token + ":" + Base64.getEncoder().encodeToString(mac.doFinal()));
    }

    private String date(Instant now) {
        SignedDate last = lastDate;
        if (last.epochSecond() != now.getEpochSecond()) {
            last = new SignedDate(now.getEpochSecond(), DATE_FORMAT.format(now));
            lastDate = last;
        }
        return last.text();
    }

    private Mac mac() {
        try {
            return (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            return newMac(secret); // a provider whose Mac cannot be cloned: keyed afresh
        }
    }

    /** The signature of one request; public so tests (and users debugging a 401) can recompute it. */
    public static String sign(String secret, String method, String path, String body, String date) {
        String stringToSign = method + "\n" + path + "\n" + (body == null ? "" : body) + "\n" + date;
        return Base64.getEncoder().encodeToString(newMac(secret).doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac newMac(String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
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
