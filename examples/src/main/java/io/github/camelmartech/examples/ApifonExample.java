package io.github.camelmartech.examples;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.github.camelmartech.apifon.ApifonConstants;
import io.github.camelmartech.apifon.model.Balance;
import io.github.camelmartech.apifon.model.DeliveryReport;
import io.github.camelmartech.apifon.model.SendResponse;
import io.github.camelmartech.apifon.model.WriteResult;
import io.github.camelmartech.endpointdsl.MarTechEndpointRouteBuilder;
import io.github.camelmartech.sandbox.VendorSimulator;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.undertow.UndertowComponent;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Apifon, in the Java DSL: create a list, add subscribers, poll them back with the polling consumer, send an SMS
 * whose delivery report comes back to a webhook route, then delete the list. Apifon only calls https callback
 * URLs, so the webhook listens with TLS (in the sandbox, a self-signed localhost certificate shipped for it).
 */
final class ApifonExample implements VendorExample {

    private static final int SUBSCRIBERS = 5;

    private final BlockingQueue<DeliveryReport> reports = new LinkedBlockingQueue<>();
    private final String callbackSecret = UUID.randomUUID().toString();
    private final int webhookPort = freePort();

    @Override
    public String vendor() {
        return "apifon";
    }

    @Override
    public List<String> credentials() {
        return List.of("apiToken", "apiSecret");
    }

    @Override
    public VendorSimulator sandbox() {
        return new ApifonSimulator();
    }

    @Override
    public RoutesBuilder routes(Target target) {
        return new MarTechEndpointRouteBuilder() {
            @Override
            public void configure() {
                getContext().getComponent("undertow", UndertowComponent.class).setSslContextParameters(webhookTls(target));
                restConfiguration().component("undertow").host("localhost").port(webhookPort).scheme("https");
                // a string URI: Camel 4.18's webhook endpoint keeps its own options URL-encoded when they come from
                // the Endpoint DSL (webhook("...").webhookPath("/p") listens on %2Fp), so webhook routes are written
                // as URIs, which CatalogUriTest checks against the catalog
                from("webhook:apifon:callbacks?webhookAutoRegister=false&webhookPath=/apifon/callbacks&webhookSecret="
                     + target.setting("callbackSecret", callbackSecret))
                        .routeId("apifon-delivery-reports")
                        .filter(body().isInstanceOf(DeliveryReport.class))
                        .process(e -> reports.add(e.getMessage().getBody(DeliveryReport.class)));
            }
        };
    }

    @Override
    public void run(CamelContext camel, Target target, Steps steps) throws Exception {
        ProducerTemplate apifon = camel.createProducerTemplate();
        steps.run(vendor(), "balance", () -> "balance " + apifon.requestBody("apifon:balance", null, Balance.class).getBalance());

        String listId = steps.run(vendor(), "create a list", () -> apifon.requestBody("apifon:lists?operation=create",
                Map.of("title", "Camel MarTech example", "type", "ADVANCED", "prefix", "+30"), WriteResult.class).getId());
        steps.run(vendor(), "add subscribers", () -> {
            for (int i = 1; i <= SUBSCRIBERS; i++) {
                apifon.sendBodyAndHeader("apifon:subscribers?operation=add",
                        Map.of("destination", "+3069900000" + (10 + i), "email", "reader" + i + "@example.com"),
                        ApifonConstants.LIST_ID, listId);
            }
            return SUBSCRIBERS + " subscribers added to list " + listId;
        });
        steps.run(vendor(), "poll subscribers back (2 per page)", () -> pollSubscribers(camel, listId));

        String recipient = target.setting("recipient", target.sandbox() ? "306990000011" : null);
        if (recipient == null) {
            steps.skip(vendor(), "send an SMS", "set APIFON_RECIPIENT to send a real SMS");
        } else {
            String callbackUrl = target.setting("callbackUrl",
                    "https://localhost:" + webhookPort + "/apifon/callbacks?secret=" + callbackSecret);
            String messageId = steps.run(vendor(), "send an SMS with a callback URL", () -> {
                SendResponse sent = apifon.requestBodyAndHeader("apifon:sms?senderId=Acme&callbackUrl=" + callbackUrl,
                        "Hello from Camel MarTech", ApifonConstants.RECIPIENTS, recipient, SendResponse.class);
                return sent.getResults().get(recipient).get(0).getMessageId();
            });
            steps.run(vendor(), "receive its delivery report", () -> awaitReport(messageId, target));
        }
        steps.run(vendor(), "delete the list", () -> {
            apifon.sendBodyAndHeader("apifon:lists?operation=delete", null, ApifonConstants.LIST_ID, listId);
            return "list " + listId + " deleted";
        });
    }

    private static String pollSubscribers(CamelContext camel, String listId) throws Exception {
        CountDownLatch polled = new CountDownLatch(SUBSCRIBERS);
        camel.addRoutes(new MarTechEndpointRouteBuilder() {
            @Override
            public void configure() {
                from(apifon("subscribers").listId(listId).pageSize(2).initialDelay(0).delay(500))
                        .routeId("apifon-poll-subscribers").process(e -> polled.countDown());
            }
        });
        try {
            if (!polled.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException((SUBSCRIBERS - polled.getCount()) + " of " + SUBSCRIBERS + " polled");
            }
            return SUBSCRIBERS + " of " + SUBSCRIBERS + " subscribers polled";
        } finally {
            camel.getRouteController().stopRoute("apifon-poll-subscribers");
            camel.removeRoute("apifon-poll-subscribers");
        }
    }

    /** The report reached the route; in the sandbox, also wait until Apifon's side saw the webhook's 200. */
    private String awaitReport(String messageId, Target target) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        DeliveryReport found = null;
        while (found == null && System.nanoTime() < deadline) {
            DeliveryReport report = reports.poll(500, TimeUnit.MILLISECONDS);
            if (report != null && messageId.equals(report.messageId())) {
                found = report;
            }
        }
        while (found != null && target.sandbox() && System.nanoTime() < deadline
               && target.simulator().callbacks().deliveries().stream().noneMatch(d -> d.status() == 200)) {
            Thread.sleep(20);
        }
        if (found == null) {
            throw new IllegalStateException("no delivery report for message " + messageId + " within 30 s");
        }
        return "message " + messageId + ": " + found.statusText() + " (code " + found.statusCode() + ")";
    }

    /** The webhook's TLS identity: yours when configured, else the sandbox's self-signed localhost certificate. */
    private static SSLContextParameters webhookTls(Target target) {
        KeyStoreParameters keyStore = new KeyStoreParameters();
        keyStore.setResource(target.setting("webhookKeystore", "classpath:sandbox-webhook.p12"));
        keyStore.setPassword(target.setting("webhookKeystorePassword", "sandbox-only"));
        keyStore.setType("PKCS12");
        KeyManagersParameters keyManagers = new KeyManagersParameters();
        keyManagers.setKeyStore(keyStore);
        keyManagers.setKeyPassword(keyStore.getPassword());
        SSLContextParameters tls = new SSLContextParameters();
        tls.setKeyManagers(keyManagers);
        return tls;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException("no free port for the webhook", e);
        }
    }
}
