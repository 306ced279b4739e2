package io.github.camelmartech.sandbox.accengage;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;
import io.github.camelmartech.sandbox.VendorSimulator;

/**
 * Accengage REST API v1 as documented (vendor note {@code accengage.md}): every request signed with
 * {@code Accengage-Time}/{@code Accengage-Signature}, an access token from {@code POST /v1/access_token} on every
 * other route, {@code ?page=N} paging with the {@code Link} header and {@code links}, campaigns as JSON and devices
 * as {@code ;}-separated CSV. Accengage documents no create routes, so campaigns and devices are seeded through
 * {@link #addCampaign} and {@link #addDevice}. State lives in memory until {@link #reset()}.
 */
public class AccengageSimulator extends VendorSimulator<AccengageSimulator> {

    static final String TOKEN_PATH = "/v1/access_token";
    static final String APP = "/v1/me/apps/{partnerId}";
    /** Accengage's documented default page size ("not a golden rule"). */
    static final int DEFAULT_PAGE_SIZE = 100;

    private final String apiKey;
    private final String email;
    private final String partnerId;
    private final AccengageAuthentication authentication;
    private final AccengageApps apps;
    private final AccengageCampaigns campaigns;
    private final AccengageDevices devices;
    private volatile int pageSize = DEFAULT_PAGE_SIZE;

    /** A simulator with API key {@code sandbox-key}, user {@code sandbox@example.com} and app {@code sandbox-app}. */
    public AccengageSimulator() {
        this("sandbox-key", "sandbox@example.com", "sandbox-app", Clock.systemUTC(), Duration.ofMinutes(15));
    }

    /**
     * @param maxSkew how far {@code Accengage-Time} may be from the clock (the vendor does not document its limit)
     */
    public AccengageSimulator(String apiKey, String email, String partnerId, Clock clock, Duration maxSkew) {
        this.apiKey = apiKey;
        this.email = email;
        this.partnerId = partnerId;
        this.authentication = new AccengageAuthentication(apiKey, email, clock, maxSkew);
        this.apps = new AccengageApps(partnerId);
        this.campaigns = new AccengageCampaigns(apps, this::baseUrl);
        this.devices = new AccengageDevices(apps, this::baseUrl);
    }

    public String apiKey() {
        return apiKey;
    }

    public String email() {
        return email;
    }

    /** The app the user manages from the start. */
    public String partnerId() {
        return partnerId;
    }

    /** Items per page of campaigns and devices (until {@link #reset()}); a small size lets a test walk pages. */
    public AccengageSimulator pageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        this.pageSize = size;
        return this;
    }

    /** Another app the user manages (listed in "Managed application(s)"); forgotten on {@link #reset()}. */
    public AccengageSimulator addApp(String partnerId) {
        apps.add(partnerId);
        return this;
    }

    /** Seeds a campaign of a managed app; its {@code id} is kept when given, else assigned. Returns the id. */
    public String addCampaign(String partnerId, Map<String, ?> campaign) {
        return campaigns.add(partnerId, SimJson.mapper().valueToTree(campaign));
    }

    /** Seeds (or replaces) a device of a managed app, last opened on {@code lastOpen}, with extra CSV columns. */
    public void addDevice(String partnerId, String deviceId, LocalDate lastOpen, Map<String, ?> extra) {
        devices.add(partnerId, deviceId, lastOpen, extra);
    }

    /** Makes every token issued so far expired: the next call with one gets {@code 401 API_ERR_TOKEN}. */
    public void expireTokens() {
        authentication.expireAll();
    }

    /** How many access tokens were issued since the last reset. */
    public int tokensIssued() {
        return authentication.issuedCount();
    }

    @Override
    public String scheme() {
        return "accengage";
    }

    @Override
    public Map<String, String> componentOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("baseUrl", baseUrl());
        options.put("apiKey", apiKey);
        options.put("email", email);
        options.put("partnerId", partnerId);
        return options;
    }

    @Override
    protected void registerRoutes() {
        route("POST", TOKEN_PATH, authentication::issueToken);
        route("GET", "/v1/me", request -> SimResponse.json(200, SimJson.object().put("message", "Welcome " + email)));
        route("GET", APP + "/campaigns", request -> campaigns.page(request, pageSize));
        route("GET", APP + "/campaigns/{campaignId}", campaigns::get);
        route("GET", APP + "/devices", request -> devices.page(request, pageSize));
    }

    @Override
    protected void clearState() {
        authentication.clear();
        apps.clear();
        campaigns.clear();
        devices.clear();
        pageSize = DEFAULT_PAGE_SIZE;
    }

    @Override
    protected Optional<SimResponse> authenticate(SimRequest request) {
        return authentication.check(request);
    }

    /** Accengage's error body; the label comes from the refusal, else from the status. */
    @Override
    protected SimResponse error(SimulatorException refusal) {
        String message = refusal.field() == null ? refusal.getMessage() : refusal.field() + ": " + refusal.getMessage();
        return errorBody(refusal.status(), refusal.code() != null ? refusal.code() : label(refusal.status()), message);
    }

    static SimResponse errorBody(int status, String label, String message) {
        ObjectNode body = SimJson.object();
        body.putArray("errors").addObject().put("label", label).put("message", message);
        return SimResponse.json(status, body);
    }

    private static String label(int status) {
        return switch (status) {
            case 400 -> "API_ERR_FORMAT";
            case 403 -> "API_ERR_FORBIDDEN";
            case 404 -> "API_ERR_UNKNOW_ROUTE";
            // INFERRED: Accengage documents no throttling; this label is the simulator's own
            case 429 -> "API_ERR_RATE_LIMIT";
            // INFERRED: a documented server label, for the unavailability a test injects
            case 503 -> "API_ERR_SERVICE";
            default -> "API_ERR_UNKNOWN";
        };
    }
}
