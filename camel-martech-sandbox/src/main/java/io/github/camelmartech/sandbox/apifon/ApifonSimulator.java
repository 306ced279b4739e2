package io.github.camelmartech.sandbox.apifon;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;
import io.github.camelmartech.sandbox.VendorSimulator;

/**
 * Apifon as documented (vendor note {@code apifon.md}): {@code ApifonWS} HMAC or OAuth2 bearer authentication,
 * lists with subscriber and GDPR fields, subscribers, the bounce list, SMS, Viber IM, OTP and balance, paged by
 * {@code page}/{@code size} with {@code meta} and {@code links}, delivery reports posted to a send's
 * {@code callback_url}. State lives in memory until {@link #reset()}.
 */
public class ApifonSimulator extends VendorSimulator<ApifonSimulator> {

    static final String API = "/services/api/v1";
    static final String TOKEN_PATH = "/oauth2/token";

    private final String token;
    private final String secret;
    private final ApifonAuthentication authentication;
    private final ApifonLists lists;
    private final ApifonSubscribers subscribers;
    private final ApifonBounces bounces;
    private final ApifonGateway gateway;

    /** A simulator with the credentials {@code sandbox-token}/{@code sandbox-secret}. */
    public ApifonSimulator() {
        this("sandbox-token", "sandbox-secret", Clock.systemUTC());
    }

    public ApifonSimulator(String token, String secret, Clock clock) {
        this.token = token;
        this.secret = secret;
        this.authentication = new ApifonAuthentication(token, secret, clock, Duration.ofMinutes(15));
        this.bounces = new ApifonBounces(clock, this::baseUrl);
        this.lists = new ApifonLists(clock, this::baseUrl);
        this.subscribers = new ApifonSubscribers(lists, bounces, clock, this::baseUrl);
        this.gateway = new ApifonGateway(bounces, this::sendCallback);
    }

    /** The API token (HMAC) and OAuth2 client id. */
    public String token() {
        return token;
    }

    /** The HMAC secret and OAuth2 client secret. */
    public String secret() {
        return secret;
    }

    /** The code of the last one-time password created for {@code referenceId}: what the phone would show. */
    public Optional<String> otpCode(String referenceId) {
        return gateway.otpCode(referenceId);
    }

    /**
     * Seeds a list as {@code POST /list} would create it ({@code type} MOBILE or ADVANCED, {@code title}, ...);
     * returns its id. Seeded data is forgotten on {@link #reset()}, like everything else.
     */
    public String addList(Map<String, ?> list) {
        String location = seed("POST", API + "/list", list).header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /**
     * Seeds an ADVANCED list (it keeps e-mail addresses too) with this title and the prefix {@code +30} for numbers
     * given without a country code; returns its id.
     */
    public String addList(String title) {
        return addList(Map.of("title", title, "type", "ADVANCED", "prefix", "+30"));
    }

    /**
     * Seeds a subscriber of a list as {@code POST /list/{id}/subscriber} would add it ({@code destination},
     * {@code email}, {@code status}, {@code subscriber_fields}, ...); returns its {@code destination_id}, the
     * lookup Apifon's subscriber URLs take.
     */
    public String addSubscriber(String listId, Map<String, ?> subscriber) {
        String location = seed("POST", API + "/list/" + listId + "/subscriber", subscriber).header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Seeds a subscribed mobile number (with its country code, e.g. {@code +306991234567}) on a list. */
    public String addSubscriber(String listId, String destination) {
        return addSubscriber(listId, Map.of("destination", destination));
    }

    @Override
    public String scheme() {
        return "apifon";
    }

    @Override
    public Map<String, String> componentOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("baseUrl", baseUrl());
        options.put("apiToken", token);
        options.put("apiSecret", secret);
        return options;
    }

    /** The options for OAuth2 instead of HMAC: client id and secret, and this simulator's token URL. */
    public Map<String, String> oauth2ComponentOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("baseUrl", baseUrl());
        options.put("clientId", token);
        options.put("clientSecret", secret);
        options.put("oauthTokenUrl", baseUrl() + TOKEN_PATH);
        return options;
    }

    @Override
    protected void registerRoutes() {
        route("POST", TOKEN_PATH, authentication::issueToken);

        route("POST", API + "/list", lists::create);
        route("GET", API + "/list", lists::page);
        route("GET", API + "/list/{list_id}", lists::get);
        route("PUT", API + "/list/{list_id}", lists::update);
        route("DELETE", API + "/list/{list_id}", lists::delete);
        route("POST", API + "/list/{list_id}/fields", lists::addField);
        route("PUT", API + "/list/{list_id}/field/{field}", lists::updateField);
        route("DELETE", API + "/list/{list_id}/field/{field}", lists::deleteField);
        route("POST", API + "/list/{list_id}/gdpr", lists::addGdprField);
        route("PUT", API + "/list/{list_id}/gdpr/{field}", lists::updateGdprField);

        route("POST", API + "/list/{list_id}/subscriber", subscribers::add);
        route("GET", API + "/list/{list_id}/subscriber", subscribers::page);
        route("POST", API + "/list/{list_id}/subscriber/query", subscribers::query);
        route("GET", API + "/list/{list_id}/subscriber/{lookup}", subscribers::get);
        route("PUT", API + "/list/{list_id}/subscriber/{lookup}", subscribers::update);
        route("DELETE", API + "/list/{list_id}/subscriber/{lookup}", subscribers::delete);
        route("POST", API + "/list/{list_id}/subscriber/{lookup}/subscribe", r -> subscribers.setStatus(r, true));
        route("POST", API + "/list/{list_id}/subscriber/{lookup}/unsubscribe", r -> subscribers.setStatus(r, false));

        route("POST", API + "/bounce/subscriber/block", bounces::block);
        route("GET", API + "/bounce/subscriber", bounces::page);
        route("GET", API + "/bounce/subscriber/{destination}", bounces::get);
        route("DELETE", API + "/bounce/subscriber/unblock/{destination}", bounces::unblock);

        route("POST", API + "/sms/send", r -> gateway.send(r, "SMS"));
        route("POST", API + "/im/send", r -> gateway.send(r, "VIBER"));
        route("POST", API + "/sms/remove", gateway::remove);
        route("POST", API + "/im/remove", gateway::remove);
        route("POST", API + "/otp/create", gateway::createOtp);
        route("POST", API + "/otp/verify/{reference_id}/{code}", gateway::verifyOtp);
        route("POST", API + "/balance", gateway::balance);
    }

    @Override
    protected void clearState() {
        lists.clear();
        bounces.clear();
        gateway.clear();
        authentication.clear();
    }

    @Override
    protected Optional<SimResponse> authenticate(SimRequest request) {
        return TOKEN_PATH.equals(request.rawPath()) ? Optional.empty() : authentication.check(request);
    }

    /** Apifon's error body: {@code status} as a string, a title, details by field, a report code. */
    @Override
    protected SimResponse error(SimulatorException refusal) {
        return errorBody(refusal.status(), title(refusal.status()),
                refusal.field() == null ? Map.of() : Map.of(refusal.field(), refusal.getMessage()));
    }

    static SimResponse errorBody(int status, String title, Map<String, String> details) {
        ObjectNode body = SimJson.object().put("status", Integer.toString(status)).put("title", title);
        ObjectNode errorDetails = body.putObject("error_details");
        details.forEach(errorDetails::put);
        body.put("error_report_code", UUID.randomUUID().toString());
        return SimResponse.json(status, body);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Request validation Error(s)";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            default -> "Error";
        };
    }
}
