package io.github.camelmartech.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelmartech.examples.WelcomeLedger.Outcome;
import io.github.camelmartech.getresponse.model.Campaign;
import io.github.camelmartech.getresponse.model.CustomField;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.sandbox.apsis.ApsisSimulator;
import io.github.camelmartech.sandbox.getresponse.GetResponseSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.util.FileUtil;

/**
 * The {@link WelcomePipeline} across three vendors' simulators, with faults injected: two contacts welcomed by Apifon;
 * then Apifon answers 500 and APSIS refuses one SMS, so the circuit opens and APSIS takes over and one contact ends
 * in the dead letter channel; then the pipeline restarts and reads every contact again, and no SMS goes out twice.
 * Each step checks what the vendors received. It needs the simulators (it injects faults): against real APIs it is
 * skipped.
 */
final class WelcomePipelineExample {

    static final String NAME = "pipeline";
    private static final List<String> VENDORS = List.of("getresponse", "apifon", "apsis");
    private static final String SMS_SEND = "/services/api/v1/sms/send";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WelcomeLedger ledger = new WelcomeLedger();

    void run(CamelContext camel, Map<String, Target> targets, Steps steps) throws Exception {
        if (!VENDORS.stream().allMatch(v -> targets.containsKey(v) && targets.get(v).sandbox())) {
            steps.skip(NAME, "welcome pipeline", "runs against the simulators only: it injects faults");
            return;
        }
        GetResponseSimulator getresponse = (GetResponseSimulator) targets.get("getresponse").simulator();
        ApifonSimulator apifon = (ApifonSimulator) targets.get("apifon").simulator();
        ApsisSimulator apsis = (ApsisSimulator) targets.get("apsis").simulator();
        ProducerTemplate template = camel.createProducerTemplate();
        // the vendors' own examples ran before: count only what this example sends
        TreeSet<String> sentBefore = successfulSends(apifon);
        int apsisBefore = apsis.sentSms().size();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path store = Files.createTempDirectory("welcome-pipeline");
        File welcomed = store.resolve("welcomed.txt").toFile();
        try {
            String phoneField = "phone_" + run;
            String[] setup = steps.run(NAME, "set up: a campaign and a phone field",
                    () -> setUp(template, run, phoneField)).split(" ");
            String campaignId = setup[1];
            String phoneFieldId = setup[3];
            WelcomePipeline.Config config = new WelcomePipeline.Config(campaignId, phoneField, "Acme", 10, 100,
                    FileIdempotentRepository.fileIdempotentRepository(welcomed), new MemoryStateRepository());

            steps.run(NAME, "Apifon up: new contacts welcomed", () -> {
                List<String> phones = List.of("306900000041", "306900000042");
                createContacts(template, campaignId, phoneFieldId, run, 1, phones);
                camel.addRoutes(new WelcomePipeline(config, ledger, true));
                await(() -> ledger.entries().size() == 2, () -> ledger.entries().size() + " of 2 contacts handled");
                check(ledger.count(Outcome.APIFON) == 2, "not both welcomed by Apifon: " + ledger.entries());
                check(sentSince(apifon, sentBefore).equals(new TreeSet<>(phones)),
                        "Apifon sent to " + sentSince(apifon, sentBefore));
                return "2 contacts, 2 SMS through Apifon";
            });

            steps.run(NAME, "Apifon fails: failover to APSIS", () -> {
                int apifonCalls = apifonCalls(apifon);
                apifon.faults().inject(2, 500, null);
                apsis.faults().inject(1, 500, null);
                createContacts(template, campaignId, phoneFieldId, run, 3,
                        List.of("306900000043", "306900000044", "306900000045", "306900000046", ""));
                await(() -> ledger.entries().size() == 7, () -> ledger.entries().size() + " of 7 contacts handled");
                check(ledger.count(Outcome.APSIS_AFTER_FAILURE) == 1 && ledger.count(Outcome.APSIS_CIRCUIT_OPEN) == 2
                      && ledger.count(Outcome.UNDELIVERABLE) == 1 && ledger.count(Outcome.NO_PHONE) == 1,
                        "unexpected outcomes: " + ledger.entries());
                check(apifonCalls(apifon) == apifonCalls + 2, "Apifon was called " + (apifonCalls(apifon) - apifonCalls)
                                                               + " times, not twice: the open circuit must spare it");
                int apsisSent = apsis.sentSms().size() - apsisBefore;
                check(apsisSent == 3, "APSIS sent " + apsisSent + " SMS, not 3");
                checkNoNumberTwice(sentSince(apifon, sentBefore), apsis.sentSms().subList(apsisBefore, apsis.sentSms().size()));
                return "4 with a phone: 1 via APSIS after Apifon failed, 2 via APSIS with the circuit open (Apifon not"
                       + " called), 1 dead-lettered (APSIS refused it too); 1 without a phone, no SMS";
            });

            steps.run(NAME, "restart: read again, no SMS twice", () -> {
                int apifonSent = successfulSends(apifon).size();
                int apsisSent = apsis.sentSms().size();
                stopRoute(camel, WelcomePipeline.ROUTE_ID);
                // a new process: the consumer's cursor is lost, the welcomed ids are read back from their file
                WelcomePipeline.Config restarted = new WelcomePipeline.Config(campaignId, phoneField, "Acme", 10, 100,
                        FileIdempotentRepository.fileIdempotentRepository(welcomed), new MemoryStateRepository());
                camel.addRoutes(new WelcomePipeline(restarted, ledger, false));
                await(() -> ledger.count(Outcome.DUPLICATE) == 7, () -> ledger.count(Outcome.DUPLICATE) + " of 7 read again");
                check(successfulSends(apifon).size() == apifonSent && apsis.sentSms().size() == apsisSent,
                        "an SMS was sent again after the restart");
                return "7 contacts read again, 7 dropped as already handled, 0 SMS sent";
            });
        } finally {
            stopRoute(camel, WelcomePipeline.ROUTE_ID);
            stopRoute(camel, WelcomePipeline.UNDELIVERABLE);
            FileUtil.removeDir(store.toFile());
        }
    }

    /** A campaign (list) and a phone custom field of this run: "campaign ID field ID". */
    private static String setUp(ProducerTemplate template, String run, String phoneField) {
        String campaignId = template.requestBody("getresponse:campaigns?operation=create",
                Map.of("name", "welcome_" + run), Campaign.class).getCampaignId();
        String fieldId = template.requestBody("getresponse:custom-fields?operation=create",
                Map.of("name", phoneField, "type", "phone", "hidden", false, "values", List.of()), CustomField.class)
                .getCustomFieldId();
        return "campaign " + campaignId + " field " + fieldId;
    }

    /** Contacts of the campaign, the empty phone meaning none; GetResponse queues them, they appear a moment later. */
    private static void createContacts(ProducerTemplate template, String campaignId, String fieldId, String run,
                                       int first, List<String> phones) {
        for (int i = 0; i < phones.size(); i++) {
            int n = first + i;
            Map<String, Object> contact = new LinkedHashMap<>(Map.of("email", "welcome" + n + "-" + run
                    + "@example.com", "name", "Reader " + n, "campaign", Map.of("campaignId", campaignId)));
            if (!phones.get(i).isEmpty()) {
                contact.put("customFieldValues", List.of(Map.of("customFieldId", fieldId, "value", List.of("+" + phones.get(i)))));
            }
            template.requestBody("getresponse:contacts?operation=create", contact);
        }
    }

    /** The numbers Apifon accepted an SMS for (HTTP 200). */
    private static TreeSet<String> successfulSends(ApifonSimulator apifon) {
        TreeSet<String> numbers = new TreeSet<>();
        apifon.wireMock().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(SMS_SEND) && e.getResponse().getStatus() == 200)
                .forEach(e -> json(e.getRequest().getBodyAsString()).path("subscribers")
                        .forEach(s -> numbers.add(s.path("number").asText())));
        return numbers;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }

    private static int apifonCalls(ApifonSimulator apifon) {
        return apifon.wireMock().findAll(postRequestedFor(urlEqualTo(SMS_SEND))).size();
    }

    private static TreeSet<String> sentSince(ApifonSimulator apifon, TreeSet<String> before) {
        TreeSet<String> since = successfulSends(apifon);
        since.removeAll(before);
        return since;
    }

    private static void checkNoNumberTwice(TreeSet<String> apifonSent, List<JsonNode> apsisSent) {
        List<String> all = new ArrayList<>(apifonSent);
        apsisSent.forEach(sms -> all.add(sms.path("PhoneNumber").asText().replace("+", "")));
        check(all.size() == new TreeSet<>(all).size(), "a number got two SMS: " + all);
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }

    private static void await(BooleanSupplier done, Supplier<String> progress)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(progress.get() + " within 30 s");
            }
            Thread.sleep(50);
        }
    }

    private static void stopRoute(CamelContext camel, String routeId) throws Exception {
        if (camel.getRoute(routeId) != null) {
            camel.getRouteController().stopRoute(routeId);
            camel.removeRoute(routeId);
        }
    }
}
