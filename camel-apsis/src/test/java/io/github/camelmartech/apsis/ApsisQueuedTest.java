package io.github.camelmartech.apsis;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.apsis.model.MailingList;
import io.github.camelmartech.apsis.model.QueuedOperation;
import io.github.camelmartech.support.error.MarTechServerException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Queued methods: followed to their data, failures and timeouts surfaced, the key kept to the API host. */
class ApsisQueuedTest extends ApsisTestSupport {

    static final String EXPORT = "/v1/subscribers/all";

    /** The handle as APSIS answers it, with PollURL on {@code host}. */
    static String handle(String host) {
        return envelope("{\"OperationGuid\":\"2ee0-op\",\"PollURL\":\"" + host + "/files/2ee0-op.json\"}");
    }

    static void pollStates(String... bodies) {
        for (int i = 0; i < bodies.length; i++) {
            wm.stubFor(get("/files/2ee0-op.json").inScenario("poll")
                    .whenScenarioStateIs(i == 0 ? "Started" : "s" + i)
                    .willReturn(okJson(bodies[i])).willSetStateTo("s" + (i + 1)));
        }
    }

    @Test
    void pollsWithDoublingPausesUntilCompletedThenReturnsTheTypedData() {
        wm.stubFor(post(EXPORT).willReturn(okJson(handle(wm.baseUrl()))));
        String data = wm.baseUrl() + "/files/2ee0-op-data.json";
        pollStates("{\"State\":\"0\",\"StateName\":\"Waiting\"}", "{\"State\":\"1\",\"StateName\":\"Started\"}",
                "{\"State\":\"2\",\"StateName\":\"Completed\",\"DataUrl\":\"" + data + "\"}");
        wm.stubFor(get("/files/2ee0-op-data.json").willReturn(okJson("[{\"Id\":1,\"Name\":\"A\"},{\"Id\":2}]")));

        Object result = template.requestBody(uri("subscribers", "&operation=export"), (Object) null);

        assertThat(result).isInstanceOf(JsonNode.class);
        assertThat(((JsonNode) result).size()).isEqualTo(2);
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/files/2ee0-op.json")))).hasSize(3);
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aDirectMethodAnsweringWithAPollUrlIsFollowedAndTypedAsDocumented() {
        wm.stubFor(post("/mailinglists/v2/all").willReturn(okJson(handle(wm.baseUrl()))));
        pollStates("{\"State\":2,\"DataUrl\":\"" + wm.baseUrl() + "/files/lists.json\"}");
        wm.stubFor(get("/files/lists.json").willReturn(okJson("[{\"Id\":7,\"Name\":\"News\"}]")));

        List<?> lists = template.requestBody(uri("mailinglists", "&operation=listAll"), null, List.class);

        assertThat(lists).singleElement().isInstanceOfSatisfying(MailingList.class,
                l -> assertThat(l.getName()).isEqualTo("News"));
    }

    @Test
    void aFailedStateIsAnExceptionWithTheVendorMessage() {
        wm.stubFor(post(EXPORT).willReturn(okJson(handle(wm.baseUrl()))));
        pollStates("{\"State\":\"1\"}", "{\"State\":\"-2\",\"StateName\":\"FatalError\",\"Message\":\"Export crashed\"}");

        assertThatThrownBy(() -> template.requestBody(uri("subscribers", "&operation=export"), (Object) null))
                .cause().isInstanceOfSatisfying(MarTechServerException.class, e -> {
                    assertThat(e.getVendorCode()).isEqualTo("State -2");
                    assertThat(e.getVendorMessage()).isEqualTo("FatalError: Export crashed");
                    assertThat(e.getDetails()).containsEntry("OperationGuid", "2ee0-op");
                });
    }

    @Test
    void aRejectedStateIsAnExceptionToo() {
        wm.stubFor(post(EXPORT).willReturn(okJson(handle(wm.baseUrl()))));
        pollStates("{\"State\":\"-3\",\"StateName\":\"Rejected\",\"Message\":\"In the queue too long\"}");

        assertThatThrownBy(() -> template.requestBody(uri("subscribers", "&operation=export"), (Object) null))
                .cause().isInstanceOfSatisfying(MarTechServerException.class,
                        e -> assertThat(e.getVendorCode()).isEqualTo("State -3"));
    }

    @Test
    void timesOutWithTheHandleSoTheRouteCanPollLater() {
        wm.stubFor(post(EXPORT).willReturn(okJson(handle(wm.baseUrl()))));
        wm.stubFor(get("/files/2ee0-op.json").willReturn(okJson("{\"State\":\"1\",\"StateName\":\"Started\"}")));

        assertThatThrownBy(() -> template.requestBody(uri("subscribers", "&operation=export&queuedTimeout=10000"), (Object) null))
                .cause().isInstanceOfSatisfying(ApsisQueuedTimeoutException.class, e -> {
                    assertThat(e.getOperation().getOperationGuid()).isEqualTo("2ee0-op");
                    assertThat(e.getMessage()).contains("2ee0-op");
                });
        // 1 + 2 + 4 s, then the 3 s left of the 10 s: four polls, never past the timeout
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(3));
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/files/2ee0-op.json")))).hasSize(4);
    }

    @Test
    void waitForQueuedFalseReturnsTheHandle() {
        wm.stubFor(post(EXPORT).willReturn(okJson(handle(wm.baseUrl()))));

        Object result = template.requestBody(uri("subscribers", "&operation=export&waitForQueued=false"), (Object) null);

        assertThat(result).isInstanceOfSatisfying(QueuedOperation.class, h -> {
            assertThat(h.getOperationGuid()).isEqualTo("2ee0-op");
            assertThat(h.getPollUrl()).isEqualTo(wm.baseUrl() + "/files/2ee0-op.json");
        });
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/files/2ee0-op.json")))).isEmpty();
    }

    @Test
    void theKeyIsNotSentToAPollOrDataHostOtherThanTheApiHost() {
        // same server, other host name: localhost versus the API's 127.0.0.1
        String api = "http://127.0.0.1:" + wm.getPort();
        String other = "http://localhost:" + wm.getPort();
        wm.stubFor(post(EXPORT).willReturn(okJson(handle(other))));
        pollStates("{\"State\":\"2\",\"DataUrl\":\"" + other + "/files/data.json\"}");
        wm.stubFor(get("/files/data.json").willReturn(okJson("[]")));

        template.requestBody("apsis:subscribers?operation=export&apiKey=" + KEY + "&baseUrl=" + api
                             + "&clock=#fakeClock&sleeper=#fakeSleeper", (Object) null);

        assertThat(wm.findAll(postRequestedFor(urlEqualTo(EXPORT))).get(0).getHeader("Authorization")).isEqualTo(BASIC);
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/files/2ee0-op.json"))).get(0).containsHeader("Authorization"))
                .isFalse();
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/files/data.json"))).get(0).containsHeader("Authorization"))
                .isFalse();
    }
}
