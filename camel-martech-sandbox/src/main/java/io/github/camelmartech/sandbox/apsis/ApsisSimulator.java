package io.github.camelmartech.sandbox.apsis;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.sandbox.SimClock;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;
import io.github.camelmartech.sandbox.VendorSimulator;

/**
 * APSIS Pro (the legacy REST API, vendor note {@code apsis.md}): HTTP Basic with the API key as user name; every
 * answer the envelope {@code {Code, Message, Result}} with the HTTP status the code is paired with; mailing lists,
 * subscribers, the Opt-out-all list, the account's demographic fields, single SMS and transactional e-mail;
 * paginated methods with page and size in
 * the path; queued methods answering a PollURL that walks Waiting → Started → Completed and then names a DataUrl.
 * The 60 requests a minute are enforced only on request ({@link #enforceRateLimit}). State lives in memory until
 * {@link #reset()}; every route runs under one lock, as the account is one database.
 */
public class ApsisSimulator extends VendorSimulator<ApsisSimulator> {

    private final String apiKey;
    private final Object lock = new Object();
    private final ApsisAuthentication authentication;
    private final ApsisRateLimit rateLimit;
    private final ApsisQueue queue;
    private final ApsisDemographics demographics = new ApsisDemographics();
    private final ApsisMailingLists lists;
    private final ApsisSubscribers subscribers;
    private final ApsisOptOuts optOuts;
    private final ApsisMessaging messaging = new ApsisMessaging();

    /** A simulator with the API key {@code sandbox-api-key}, dates in UTC. */
    public ApsisSimulator() {
        this("sandbox-api-key", Clock.systemUTC());
    }

    /** Response dates carry the offset of {@code clock}'s zone, and request dates are read in it. */
    public ApsisSimulator(String apiKey, Clock clock) {
        this.apiKey = apiKey;
        this.authentication = new ApsisAuthentication(apiKey);
        this.rateLimit = new ApsisRateLimit(clock);
        this.queue = new ApsisQueue(this::baseUrl);
        SimClock records = new SimClock(clock);
        this.lists = new ApsisMailingLists(records, clock.getZone());
        this.subscribers = new ApsisSubscribers(lists, demographics);
        this.optOuts = new ApsisOptOuts(subscribers, records, clock.getZone());
    }

    public String apiKey() {
        return apiKey;
    }

    /**
     * Seeds a mailing list as {@code POST /v1/mailinglists} would create it ({@code Name}, {@code FromName},
     * {@code FromEmail}, ...); returns its id. Seeded data is forgotten on {@link #reset()}.
     */
    public long addMailingList(Map<String, ?> list) {
        return seed("POST", "/v1/mailinglists", list).json().path("Result").asLong();
    }

    /** Seeds a mailing list with this name; returns its id. */
    public long addMailingList(String name) {
        return addMailingList(Map.of("Name", name));
    }

    /**
     * Seeds a subscriber of a mailing list as {@code POST /v1/subscribers/mailinglist/{id}/create} would
     * ({@code Email}, {@code Name}, {@code DemDataFields}, ...); returns the subscriber's id.
     */
    public long addSubscriber(long mailingListId, Map<String, ?> subscriber) {
        return seed("POST", "/v1/subscribers/mailinglist/" + mailingListId + "/create", subscriber).json()
                .path("Result").asLong();
    }

    /** Seeds a subscriber with this e-mail address on a mailing list; returns its id. */
    public long addSubscriber(long mailingListId, String email) {
        return addSubscriber(mailingListId, Map.of("Email", email));
    }

    @Override
    public String scheme() {
        return "apsis";
    }

    @Override
    public Map<String, String> componentOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("baseUrl", baseUrl());
        options.put("apiKey", apiKey);
        return options;
    }

    /** Answers Code -9 / HTTP 429 beyond {@code perMinute} API requests a minute (0: off, the default). */
    public ApsisSimulator enforceRateLimit(int perMinute) {
        rateLimit.enforce(perMinute);
        return this;
    }

    /** How many polls of a PollURL answer Waiting (State 0), then Started (1), before it ends; 1 and 1 by default. */
    public ApsisSimulator queuedPolls(int waiting, int started) {
        synchronized (lock) {
            queue.polls(waiting, started);
        }
        return this;
    }

    /** The next queued operation ends in State -1 (Error) with {@code message} instead of doing its work. */
    public ApsisSimulator failNextQueuedOperation(String message) {
        return failNextQueuedOperation(-1, message);
    }

    /** The next queued operation ends in {@code state}: -1 Error, -2 FatalError or -3 Rejected. */
    public ApsisSimulator failNextQueuedOperation(int state, String message) {
        synchronized (lock) {
            queue.failNext(state, message);
        }
        return this;
    }

    /** Adds a demographic data field to the account; {@code alternatives} empty for free text. */
    public ApsisSimulator demographicField(String key, String... alternatives) {
        synchronized (lock) {
            demographics.define(key, List.of(alternatives));
        }
        return this;
    }

    /** The single SMS sent so far ({@code POST /sms/v2/} bodies with the {@code Id} each was given). */
    public List<JsonNode> sentSms() {
        synchronized (lock) {
            return messaging.sms();
        }
    }

    /** The transactional e-mails sent so far (bodies with their {@code TransactionId} and {@code ProjectId}). */
    public List<JsonNode> sentTransactionalEmails() {
        synchronized (lock) {
            return messaging.emails();
        }
    }

    /** Adds a transactional project (project 1 always exists); returns its id. */
    public long addTransactionalProject(String name) {
        synchronized (lock) {
            return messaging.addProject(name);
        }
    }

    @Override
    protected void registerRoutes() {
        route("POST", "/v1/mailinglists", locked(lists::create));
        route("GET", "/v1/mailinglists/{mailingListId}", locked(lists::get));
        route("POST", "/v1/mailinglists/{mailingListId}", locked(lists::update));
        route("GET", "/v1/mailinglists" + ApsisPages.SUFFIX, locked(lists::page));
        route("POST", "/mailinglists/v2/all", locked(lists::all));
        route("DELETE", "/v1/mailinglists", locked(r -> lists.delete(r, queue)));
        route("GET", "/v1/mailinglists/{mailingListId}/subscriptions/count", locked(lists::countSubscriptions));
        route("POST", "/v1/mailinglists/{mailingListId}/subscriptions/{subscriberId}", locked(subscribers::subscribe));
        route("DELETE", "/v1/mailinglists/{mailingListId}/subscriptions/{subscriberId}", locked(lists::unsubscribe));
        route("GET", "/v1/mailinglists/{mailingListId}/subscribers" + ApsisPages.SUFFIX, locked(subscribers::pageOfList));
        route("POST", "/mailinglists/v2/{mailingListId}/subscribers/all", locked(r -> subscribers.exportList(r, queue)));

        route("POST", "/v1/subscribers/mailinglist/{mailingListId}/create", locked(subscribers::create));
        route("GET", "/v1/subscribers/id/{subscriberId}", locked(subscribers::get));
        route("POST", "/subscribers/v3/email", locked(subscribers::idsByEmail));
        route("POST", "/v1/subscribers/all", locked(r -> subscribers.exportAll(r, queue)));
        route("DELETE", "/subscribers/v2/id", locked(r -> subscribers.deleteByIds(r, queue)));
        route("DELETE", "/subscribers/v2/email", locked(r -> subscribers.deleteByEmails(r, queue)));

        route("POST", "/optouts/v3/global/subscribers/queued", locked(r -> optOuts.add(r, queue)));
        route("GET", "/v1/optouts/global" + ApsisPages.SUFFIX, locked(optOuts::page));
        route("GET", "/optouts/v2/global/{startDate}/{endDate}" + ApsisPages.SUFFIX, locked(optOuts::pageBetween));
        route("DELETE", "/v1/optouts/global/subscriber/email", locked(optOuts::removeByEmail));

        route("GET", "/accounts/v2/demographics", locked(demographics::list));

        route("POST", "/sms/v2/", locked(messaging::sendSms));
        route("GET", "/sms/v2/credits", locked(messaging::credits));
        route("GET", "/v1/transactional/projects", locked(messaging::projects));
        route("POST", "/v1/transactional/projects/{projectId}/sendEmail", locked(messaging::sendEmail));
        route("GET", "/v1/transactional/{transactionId}/result", locked(messaging::result));

        route("GET", ApsisQueue.POLL_FILES + "/{file}", locked(queue::poll));
        route("GET", ApsisQueue.DATA_FILES + "/{file}", locked(queue::data));
    }

    @Override
    protected void clearState() {
        synchronized (lock) {
            lists.clear();
            subscribers.clear();
            optOuts.clear();
            demographics.reset();
            messaging.clear();
            queue.clear();
            rateLimit.clear();
        }
    }

    /**
     * The key on every API method. PollURL and DataUrl files are served without it, as two working clients fetch
     * them without (the note's inference), and they are not counted against the rate limit.
     */
    @Override
    protected Optional<SimResponse> authenticate(SimRequest request) {
        if (request.rawPath().startsWith(ApsisQueue.POLL_FILES) || request.rawPath().startsWith(ApsisQueue.DATA_FILES)) {
            return Optional.empty();
        }
        Optional<SimResponse> refusal = authentication.check(request);
        return refusal.isPresent() ? refusal : rateLimit.admit();
    }

    /** The envelope with the Code of the refusal's status (faults: 429 → -9, 503 → -5; unknown route → -3). */
    @Override
    protected SimResponse error(SimulatorException refusal) {
        return ApsisEnvelope.refusal(refusal);
    }

    private Route locked(Route route) {
        return request -> {
            synchronized (lock) {
                return route.answer(request);
            }
        };
    }
}
