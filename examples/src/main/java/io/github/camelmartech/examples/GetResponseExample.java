package io.github.camelmartech.examples;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.github.camelmartech.endpointdsl.MarTechEndpointRouteBuilder;
import io.github.camelmartech.getresponse.GetResponseConstants;
import io.github.camelmartech.getresponse.model.Accepted;
import io.github.camelmartech.getresponse.model.Account;
import io.github.camelmartech.getresponse.model.CallbackEvent;
import io.github.camelmartech.getresponse.model.CallbackSettings;
import io.github.camelmartech.getresponse.model.Campaign;
import io.github.camelmartech.getresponse.model.Contact;
import io.github.camelmartech.sandbox.VendorSimulator;
import io.github.camelmartech.sandbox.getresponse.GetResponseSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.RestConfiguration;

/**
 * GetResponse, in the Java DSL: create a campaign (a contact list), create contacts (GetResponse queues them: 202,
 * no id), poll the new contacts back with the polling consumer (only new ones, by {@code createdOn}), add one more
 * and see only it polled, receive the subscribe callbacks through the webhook route (which registers the account's
 * callback when it starts and disables it when it stops), then delete the contacts. Campaigns cannot be deleted
 * through the API: against the real API set {@code examples.getresponse.campaignId} to reuse one list.
 */
final class GetResponseExample implements VendorExample {

    private static final int CONTACTS = 5;
    private static final String WEBHOOK_PATH = "/getresponse/callbacks";

    /** Polled contacts of this run: e-mail to how many times the consumer emitted it. */
    private final Map<String, Integer> polled = new ConcurrentHashMap<>();
    private final Map<String, String> idsByEmail = new ConcurrentHashMap<>();
    private final List<CallbackEvent> callbacks = new CopyOnWriteArrayList<>();

    @Override
    public String vendor() {
        return "getresponse";
    }

    @Override
    public List<String> credentials() {
        return List.of("apiKey");
    }

    @Override
    public VendorSimulator sandbox() {
        return new GetResponseSimulator();
    }

    @Override
    public RoutesBuilder routes(Target target) {
        return new MarTechEndpointRouteBuilder() {
            @Override
            public void configure() {
                from(direct("getresponse-create-campaign")).routeId("getresponse-create-campaign")
                        .to(getresponse("campaigns").operation("create"));
                from(direct("getresponse-create-contact")).routeId("getresponse-create-contact")
                        .to(getresponse("contacts").operation("create"));
                from(direct("getresponse-delete-contact")).routeId("getresponse-delete-contact")
                        .to(getresponse("contacts").operation("delete"));
            }
        };
    }

    @Override
    public void run(CamelContext camel, Target target, Steps steps) throws Exception {
        ProducerTemplate getresponse = camel.createProducerTemplate();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String domain = target.setting("emailDomain", "example.com");
        long waitSeconds = target.sandbox() ? 30 : 600; // real GetResponse shows new contacts seconds to minutes later

        steps.run(vendor(), "account", () -> "account " + getresponse.requestBody("getresponse:accounts", null,
                Account.class).getAccountId());
        String configured = target.setting("campaignId", null);
        String campaignId = configured != null
                ? steps.run(vendor(), "use the configured campaign", () -> configured)
                : steps.run(vendor(), "create a campaign (list)", () -> getresponse.requestBody(
                        "direct:getresponse-create-campaign", Map.of("name", "camel_martech_" + run), Campaign.class)
                        .getCampaignId());

        boolean withCallbacks = target.sandbox() || target.setting("callbackExternalUrl", null) != null;
        if (withCallbacks) {
            steps.run(vendor(), "register the callback (webhook route)", () -> startWebhook(camel, target, campaignId));
        } else {
            steps.skip(vendor(), "register the callback (webhook route)",
                    "set GETRESPONSE_CALLBACK_EXTERNAL_URL: it replaces the account's one callback");
        }

        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= CONTACTS; i++) {
            emails.add("reader" + i + "-" + run + "@" + domain);
        }
        steps.run(vendor(), "create contacts", () -> {
            int status = 0;
            for (int i = 0; i < CONTACTS; i++) {
                status = createContact(getresponse, campaignId, emails.get(i), "Reader " + (i + 1)).status();
            }
            return CONTACTS + " contacts accepted (HTTP " + status + ", queued by GetResponse)";
        });
        try {
            steps.run(vendor(), "poll new contacts (2 per page)", () -> {
                startPolling(camel, target, campaignId);
                await(waitSeconds, () -> polled.keySet().containsAll(emails), () -> polled.size() + " of " + CONTACTS
                        + " contacts polled");
                return CONTACTS + " of " + CONTACTS + " new contacts polled, ids "
                       + emails.stream().map(idsByEmail::get).toList();
            });
            String late = "reader" + (CONTACTS + 1) + "-" + run + "@" + domain;
            emails.add(late);
            steps.run(vendor(), "add a contact, poll only it", () -> {
                createContact(getresponse, campaignId, late, "Reader " + (CONTACTS + 1));
                await(waitSeconds, () -> polled.containsKey(late), () -> "the new contact was not polled");
                List<String> repeated = polled.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                        .toList();
                if (!repeated.isEmpty()) {
                    throw new IllegalStateException("polled again: " + repeated);
                }
                return "contact " + idsByEmail.get(late) + " polled; none of the first " + CONTACTS + " again";
            });
        } finally {
            stopRoute(camel, "getresponse-poll-contacts");
        }
        if (withCallbacks) {
            try {
                steps.run(vendor(), "receive subscribe callbacks", () -> {
                    Set<String> expected = Set.copyOf(emails);
                    await(waitSeconds, () -> subscribed(campaignId).containsAll(expected),
                            () -> subscribed(campaignId).size() + " of " + expected.size() + " subscribe callbacks");
                    return expected.size() + " subscribe callbacks for campaign " + campaignId;
                });
            } finally {
                stopRoute(camel, "getresponse-callbacks"); // disables the account's callback
            }
        }
        steps.run(vendor(), "delete the contacts", () -> {
            for (String email : emails) {
                getresponse.sendBodyAndHeader("direct:getresponse-delete-contact", null, GetResponseConstants.ID,
                        idsByEmail.get(email));
            }
            return emails.size() + " contacts deleted";
        });
    }

    private static Accepted createContact(ProducerTemplate getresponse, String campaignId, String email, String name) {
        return getresponse.requestBody("direct:getresponse-create-contact",
                Map.of("email", email, "name", name, "campaign", Map.of("campaignId", campaignId)), Accepted.class);
    }

    /** The consumer polls the campaign's contacts, only new ones by createdOn, two per page. */
    private void startPolling(CamelContext camel, Target target, String campaignId) throws Exception {
        String delay = target.setting("pollDelay", target.sandbox() ? "200" : "15000");
        camel.addRoutes(new MarTechEndpointRouteBuilder() {
            @Override
            public void configure() {
                from(getresponse("contacts").campaignId(campaignId).pageSize(2).initialDelay(0).delay(delay))
                        .routeId("getresponse-poll-contacts").process(e -> {
                            Contact contact = e.getMessage().getBody(Contact.class);
                            idsByEmail.put(contact.getEmail(), contact.getContactId());
                            polled.merge(contact.getEmail(), 1, Integer::sum);
                        });
            }
        });
    }

    /**
     * The webhook route: on start it registers its URL (with a secret) as the account's callback for subscribes. It
     * listens on the application's REST server (one per Camel context; the Apifon example's when it runs, else a
     * plain http one on a free port); against the real API, {@code callbackExternalUrl} is its public address.
     */
    private String startWebhook(CamelContext camel, Target target, String campaignId) throws Exception {
        RestConfiguration rest = camel.getRestConfiguration();
        if (rest.getComponent() == null) {
            rest.setComponent("undertow");
            rest.setHost("localhost");
            rest.setPort(freePort());
        }
        String local = (rest.getScheme() == null ? "http" : rest.getScheme()) + "://" + rest.getHost() + ":" + rest.getPort();
        String external = target.setting("callbackExternalUrl", local);
        String secret = target.setting("callbackSecret", UUID.randomUUID().toString());
        camel.addRoutes(new MarTechEndpointRouteBuilder() {
            @Override
            public void configure() {
                // a string URI, as in ApifonExample: the webhook endpoint and the Endpoint DSL do not mix in 4.18
                from("webhook:getresponse:callbacks?callbackActions=subscribe&webhookPath=" + WEBHOOK_PATH
                     + "&webhookExternalUrl=" + external + "&webhookSecret=RAW(" + secret + ")")
                        .routeId("getresponse-callbacks")
                        .process(e -> callbacks.add(e.getMessage().getBody(CallbackEvent.class)));
            }
        });
        CallbackSettings registered = camel.createProducerTemplate().requestBody("getresponse:callbacks", null,
                CallbackSettings.class);
        String url = registered.getUrl() == null ? "" : registered.getUrl().split("\\?", 2)[0]; // without the secret
        if (!url.equals(external + WEBHOOK_PATH)) {
            throw new IllegalStateException("the account's callback is " + url + ", not " + external + WEBHOOK_PATH);
        }
        return "callback " + url + " for " + registered.getActions().entrySet().stream()
                .filter(Map.Entry::getValue).map(Map.Entry::getKey).toList() + " (campaign " + campaignId + ")";
    }

    private Set<String> subscribed(String campaignId) {
        Set<String> emails = ConcurrentHashMap.newKeySet();
        callbacks.stream().filter(c -> "subscribe".equals(c.action()) && campaignId.equals(c.campaignId()))
                .forEach(c -> emails.add(c.contactEmail()));
        return emails;
    }

    private static void stopRoute(CamelContext camel, String routeId) throws Exception {
        if (camel.getRoute(routeId) != null) {
            camel.getRouteController().stopRoute(routeId);
            camel.removeRoute(routeId);
        }
    }

    private static void await(long seconds, BooleanSupplier done, Supplier<String> progress)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(progress.get() + " within " + seconds + " s");
            }
            Thread.sleep(50);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException("no free port for the webhook", e);
        }
    }
}
