package io.github.camelmartech.support.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.camel.component.mock.MockEndpoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Callbacks a webhook consumer must refuse with 4xx before the route sees them (oversize, malformed JSON, wrong
 * content type, wrong method, missing or wrong shared secret), then a valid one that reaches the route item by item.
 * The route under test must be configured with {@link #OPTIONS} and end in the given mock endpoint.
 */
public final class WebhookDrill {

    public static final String SECRET = "drill-webhook-s3cret";
    public static final int MAX_BODY = 4096;
    /** The webhook endpoint options the drill expects: a shared secret in the default header and a body limit. */
    public static final String OPTIONS = "&webhookSecret=" + SECRET + "&webhookMaxBodySize=" + MAX_BODY;
    static final String SECRET_HEADER = "X-Webhook-Secret";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ReliabilityLedger ledger;
    private final URI url;
    private final MockEndpoint route;

    /**
     * @param url   where the webhook listens
     * @param route the mock endpoint the webhook route ends in
     */
    public WebhookDrill(String vendor, URI url, MockEndpoint route) {
        this.ledger = ReliabilityLedger.of(vendor);
        this.url = url;
        this.route = route;
    }

    /** Every refusal, then {@code validJson} must reach the route as {@code items} exchanges. */
    public void run(String validJson, int items) throws Exception {
        route.reset();
        String oversize = "{\"data\":[" + "{\"padding\":\"x\"},".repeat(MAX_BODY / 15) + "{}]}";
        refused("a body over webhookMaxBodySize", 413, send("POST", oversize, "application/json", SECRET));
        refused("malformed JSON", 400, send("POST", "{\"data\":[{\"message_id\":\"m\",,}]}", "application/json", SECRET));
        refused("a wrong content type", 415, send("POST", validJson, "text/plain", SECRET));
        refused("a wrong method", 405, send("PUT", validJson, "application/json", SECRET));
        refused("no shared secret", 401, send("POST", validJson, "application/json", null));
        refused("a wrong shared secret", 401, send("POST", validJson, "application/json", "not-the-secret"));
        assertThat(route.getReceivedCounter()).as("refused callbacks never reach the route").isZero();

        route.expectedMessageCount(items);
        HttpResponse<String> accepted = send("POST", validJson, "application/json", SECRET);
        assertThat(accepted.statusCode()).as("a valid callback").isEqualTo(200);
        route.assertIsSatisfied();
        int delivered = route.getReceivedCounter();
        ledger.recordItems(6, 7, delivered, Math.max(0, delivered - items), Math.max(0, items - delivered));
    }

    private void refused(String what, int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(what).isEqualTo(status);
    }

    private HttpResponse<String> send(String method, String body, String contentType, String secret)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
