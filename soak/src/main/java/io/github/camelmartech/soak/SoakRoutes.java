package io.github.camelmartech.soak;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.github.camelmartech.apifon.ApifonConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * What the soak runs, for as long as it runs: producers (Apifon SMS with a callback URL, Apifon subscribers, GetResponse
 * contacts), polling consumers that process each new subscriber and contact and delete it (so the collections stay
 * small and every poll walks the same amount), and the Apifon callbacks webhook receiving the SMS delivery reports.
 * A failure (the vendor's faults) is counted per route and the route goes on, as an application's would.
 */
final class SoakRoutes extends RouteBuilder {

    static final String CALLBACK_SECRET = "soak-callback-secret";

    private final String apifonListId;
    private final String getresponseCampaignId;
    private final int webhookPort;
    private final AtomicLong sequence = new AtomicLong();
    /** Per counter name (route or event): how many. */
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    SoakRoutes(String apifonListId, String getresponseCampaignId, int webhookPort) {
        this.apifonListId = apifonListId;
        this.getresponseCampaignId = getresponseCampaignId;
        this.webhookPort = webhookPort;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true).process(e -> count("failed " + e.getFromRouteId()));

        restConfiguration().component("undertow").host("localhost").port(webhookPort).scheme("https");
        from("webhook:apifon:callbacks?webhookAutoRegister=false&webhookPath=/apifon&webhookSecret=" + CALLBACK_SECRET
             + "&idempotentRepository=#callbackIds")
                .routeId("callbacks").process(e -> count("callbacks received"));

        String callbackUrl = "https://localhost:" + webhookPort + "/apifon?secret=" + CALLBACK_SECRET;
        from("timer:sms?period=200").routeId("sms")
                .setHeader(ApifonConstants.RECIPIENTS, constant("306990000011"))
                .setBody(constant("Soak test message"))
                .to("apifon:sms?senderId=Soak&callbackUrl=" + callbackUrl)
                .process(e -> count("sms sent"));

        from("timer:subscribers?period=500").routeId("add-subscribers")
                .process(e -> e.getMessage().setBody(Map.of("destination",
                        String.format("+3069%08d", sequence.incrementAndGet() % 100_000_000))))
                .setHeader(ApifonConstants.LIST_ID, constant(apifonListId))
                .to("apifon:subscribers?operation=add")
                .process(e -> count("subscribers added"));
        from("apifon:subscribers?listId=" + apifonListId + "&pageSize=50&delay=1000").routeId("poll-subscribers")
                .process(e -> count("subscribers polled"))
                .to("apifon:subscribers?operation=delete");

        from("timer:contacts?period=1000").routeId("add-contacts")
                .process(e -> {
                    long n = sequence.incrementAndGet();
                    e.getMessage().setBody(Map.of("email", "soak" + n + "@example.com", "name", "Soak " + n,
                            "campaign", Map.of("campaignId", getresponseCampaignId)));
                })
                .to("getresponse:contacts?operation=create")
                .process(e -> count("contacts added"));
        from("getresponse:contacts?campaignId=" + getresponseCampaignId + "&pageSize=50&delay=1000")
                .routeId("poll-contacts")
                .process(e -> count("contacts polled"))
                .to("getresponse:contacts?operation=delete");
    }

    private void count(String what) {
        counters.computeIfAbsent(what, k -> new LongAdder()).increment();
    }

    /** The counters so far, by name. */
    Map<String, Long> counters() {
        Map<String, Long> now = new TreeMap<>();
        counters.forEach((k, v) -> now.put(k, v.sum()));
        return now;
    }
}
