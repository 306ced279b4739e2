package io.github.camelmartech.sandbox.getresponse;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;
import io.github.camelmartech.sandbox.VendorSimulator;

/**
 * GetResponse API v3 as documented (vendor note {@code getresponse.md}, seed 001), under {@code /v3}: the API key
 * in {@code X-Auth-Token: api-key KEY} or a bearer token from {@code POST /v3/token}; with state: campaigns (lists),
 * contacts (created through a queue: 202, visible shortly after), tags, custom fields, the account and its callback,
 * which is called with GET when a contact subscribes or is deleted; every other operation of GetResponse's OpenAPI
 * document checked and answered as the document states it ({@link GetResponseDocumentRoute}); anything else is
 * GetResponse's 404. Collections are bare arrays paged by
 * {@code page}/{@code perPage} with the {@code TotalCount}/{@code TotalPages}/{@code CurrentPage} headers; errors are
 * GetResponse's {@code {httpStatus, code, codeDescription, message, moreInfo, context, uuid}}. State lives in memory
 * until {@link #reset()}; every route runs under one lock, as the account is one database.
 */
public class GetResponseSimulator extends VendorSimulator<GetResponseSimulator> {

    static final String API = "/v3";
    private static final String TOKEN_PATH = API + "/token";

    private final String apiKey;
    private final String clientId;
    private final String clientSecret;
    private final Object lock = new Object();
    private final GetResponseIds ids = new GetResponseIds();
    private final GetResponseAuthentication authentication;
    private final GetResponseRateLimit rateLimit;
    private final GetResponseAccount account;
    private final GetResponseCampaigns campaigns;
    private final GetResponseTags tags;
    private final GetResponseCustomFields customFields;
    private final GetResponseContacts contacts;
    private final Set<String> statefulRoutes = new HashSet<>();

    /** API key {@code sandbox-api-key}, OAuth2 client {@code sandbox-client}/{@code sandbox-client-secret}. */
    public GetResponseSimulator() {
        this("sandbox-api-key", Clock.systemUTC(), Duration.ofMillis(50));
    }

    /**
     * @param processingDelay how long after its 202 a new contact appears (zero: at once, before the 202 is sent)
     */
    public GetResponseSimulator(String apiKey, Clock clock, Duration processingDelay) {
        this.apiKey = apiKey;
        this.clientId = "sandbox-client";
        this.clientSecret = "sandbox-client-secret";
        this.authentication = new GetResponseAuthentication(apiKey, clientId, clientSecret, clock);
        this.rateLimit = new GetResponseRateLimit(clock);
        this.account = new GetResponseAccount("sAnDbx", this::apiUrl, this::sendGetCallback);
        this.campaigns = new GetResponseCampaigns(ids, clock, this::apiUrl);
        this.tags = new GetResponseTags(ids, clock, this::apiUrl);
        this.customFields = new GetResponseCustomFields(ids, this::apiUrl);
        this.contacts = new GetResponseContacts(lock, campaigns, tags, customFields, account, ids, clock,
                processingDelay, this::apiUrl);
    }

    public String apiKey() {
        return apiKey;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public String accountId() {
        return account.accountId();
    }

    /** The API's base URL, {@code .../v3}: what the component's {@code baseUrl} is. */
    public String apiUrl() {
        return baseUrl() + API;
    }

    /** Makes this a GetResponse MAX account: every request must then carry {@code X-Domain: domain} (kept on reset). */
    public GetResponseSimulator maxDomain(String domain) {
        authentication.maxDomain(domain);
        return this;
    }

    /** Contacts accepted (202) that have not appeared yet. */
    public int pendingContacts() {
        return contacts.pending();
    }

    /** A contact as stored (a copy, with tags and custom field values), by e-mail in any campaign. */
    public Optional<JsonNode> contactByEmail(String email) {
        return contacts.byEmail(email).map(JsonNode.class::cast);
    }

    /** Every access token issued so far stops working: the next call with one is a 401. */
    public void expireTokens() {
        authentication.expireTokens();
    }

    public int tokensIssued() {
        return authentication.tokensIssued();
    }

    /** A refresh token the token endpoint accepts once, as if the authorization code flow had issued it. */
    public String issueRefreshToken() {
        return authentication.issueRefreshToken();
    }

    /**
     * Seeds a campaign (list) as {@code POST /campaigns} would create it ({@code name}, ...); returns its id.
     * Seeded data is forgotten on {@link #reset()}, when the account is back to its default campaign.
     */
    public String addCampaign(Map<String, ?> campaign) {
        return seed("POST", API + "/campaigns", campaign).json().path("campaignId").asText();
    }

    /** Seeds a campaign with this name; returns its id. */
    public String addCampaign(String name) {
        return addCampaign(Map.of("name", name));
    }

    /**
     * Seeds a contact, checked as {@code POST /contacts} checks it ({@code email}, {@code campaign.campaignId},
     * {@code name}, {@code tags}, {@code customFieldValues}, ...) but visible at once, not after the processing
     * delay; returns its id. An enabled subscribe callback is called, as for any contact that appears.
     */
    public String addContact(Map<String, ?> contact) {
        JsonNode body = SimJson.mapper().valueToTree(contact);
        synchronized (lock) {
            try {
                return contacts.createNow(body).path("contactId").asText();
            } catch (SimulatorException refusal) {
                throw new IllegalArgumentException("the simulator refused the contact: " + error(refusal).bodyText());
            }
        }
    }

    /** Seeds a contact with this e-mail address in a campaign; returns its id. */
    public String addContact(String campaignId, String email) {
        return addContact(Map.of("email", email, "campaign", Map.of("campaignId", campaignId)));
    }

    @Override
    public String scheme() {
        return "getresponse";
    }

    @Override
    public Map<String, String> componentOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("baseUrl", apiUrl());
        options.put("apiKey", apiKey);
        return options;
    }

    /** OAuth2 client credentials instead of the API key. */
    public Map<String, String> oauth2ComponentOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("baseUrl", apiUrl());
        options.put("clientId", clientId);
        options.put("clientSecret", clientSecret);
        options.put("oauthTokenUrl", baseUrl() + TOKEN_PATH);
        return options;
    }

    @Override
    protected void registerRoutes() {
        synchronized (lock) {
            campaigns.clear(); // seeds the default campaign every account has; its href needs the port
        }
        route("POST", TOKEN_PATH, authentication::issueToken);

        stateful("GET", "/accounts", account::get);
        stateful("GET", "/accounts/callbacks", account::callback);
        stateful("POST", "/accounts/callbacks", account::setCallback);
        stateful("DELETE", "/accounts/callbacks", account::disableCallback);

        stateful("POST", "/campaigns", campaigns::create);
        stateful("GET", "/campaigns", campaigns::list);
        stateful("GET", "/campaigns/{campaignId}", campaigns::get);
        stateful("POST", "/campaigns/{campaignId}", campaigns::update);
        stateful("GET", "/campaigns/{campaignId}/contacts", contacts::listOfCampaign);

        stateful("POST", "/contacts", contacts::create);
        stateful("GET", "/contacts", contacts::list);
        stateful("GET", "/contacts/{contactId}", contacts::get);
        stateful("POST", "/contacts/{contactId}", contacts::update);
        stateful("DELETE", "/contacts/{contactId}", contacts::delete);
        stateful("POST", "/contacts/{contactId}/tags", contacts::upsertTags);
        stateful("POST", "/contacts/{contactId}/custom-fields", contacts::upsertCustomFields);
        stateful("GET", "/contacts/{contactId}/activities", contacts::activities);

        stateful("POST", "/tags", tags::create);
        stateful("GET", "/tags", tags::list);
        stateful("GET", "/tags/{tagId}", tags::get);
        stateful("POST", "/tags/{tagId}", tags::update);
        stateful("DELETE", "/tags/{tagId}", tags::delete);

        stateful("POST", "/custom-fields", customFields::create);
        stateful("GET", "/custom-fields", customFields::list);
        stateful("GET", "/custom-fields/{customFieldId}", customFields::get);
        stateful("POST", "/custom-fields/{customFieldId}", customFields::update);
        stateful("DELETE", "/custom-fields/{customFieldId}", customFields::delete);

        // every other operation of GetResponse's API document: checked and answered as the document states it
        GetResponseApiDocument document = GetResponseApiDocument.get();
        for (GetResponseApiDocument.Operation operation : document.operations()) {
            if (!keepsStateFor(operation)) {
                route(operation.method(), API + operation.path(),
                        locked(new GetResponseDocumentRoute(document, operation)::answer));
            }
        }
    }

    /** Whether the simulator keeps state for an operation of the document, rather than answering from the document. */
    boolean keepsStateFor(GetResponseApiDocument.Operation operation) {
        return statefulRoutes.contains(operation.method() + " " + operation.path());
    }

    /** A route with state, whose answers depend on what was created before. */
    private void stateful(String method, String path, Route route) {
        statefulRoutes.add(method + " " + path);
        route(method, API + path, locked(route));
    }

    @Override
    protected void clearState() {
        synchronized (lock) {
            ids.clear(); // first: clearing campaigns seeds the default one with a new id
            contacts.clear();
            tags.clear();
            customFields.clear();
            campaigns.clear();
            account.clear();
            authentication.clear();
            rateLimit.clear();
        }
    }

    /** The token endpoint authenticates the client itself; every other route needs the key or a bearer token. */
    @Override
    protected Optional<SimResponse> authenticate(SimRequest request) {
        if (TOKEN_PATH.equals(request.rawPath())) {
            return Optional.empty();
        }
        Optional<SimResponse> refusal = authentication.check(request);
        if (refusal.isEmpty()) {
            rateLimit.count();
        }
        return refusal;
    }

    /** GetResponse's error body; a planned 429 is code 1015 with {@code context.timeToReset} its wait. */
    @Override
    protected SimResponse error(SimulatorException refusal) {
        return rateLimit.headers(GetResponseErrors.refusal(refusal, rateLimit));
    }

    private Route locked(Route route) {
        return request -> {
            synchronized (lock) {
                return rateLimit.headers(route.answer(request));
            }
        };
    }
}
