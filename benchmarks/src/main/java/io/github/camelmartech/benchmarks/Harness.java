package io.github.camelmartech.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.camelmartech.apifon.ApifonHmacAuth;
import io.github.camelmartech.apifon.model.SendResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The three ways to send the same signed Apifon SMS, against one stub: raw HttpClient (1), a hand-written camel-http
 * route (2), and the apifon component (3). Each takes the SMS text as its input and returns the typed SendResponse.
 */
final class Harness implements AutoCloseable {

    final VendorStub stub;
    final RawApifonClient raw;
    final CamelContext camel;
    final ProducerTemplate template;
    final Endpoint camelHttp;
    final Endpoint apifon;

    Harness(int stubThreads) throws Exception {
        this(stubThreads, true);
    }

    /** @param camelHttpCookies camel-http's default cookie management, or none (its cookieManagementDisabled) */
    Harness(int stubThreads, boolean camelHttpCookies) throws Exception {
        stub = new VendorStub(stubThreads);
        raw = new RawApifonClient(stub.baseUrl());
        camel = new DefaultCamelContext();
        HttpComponent http = new HttpComponent();
        // the same pool size and User-Agent as the component, so both send the same request over the same pool
        http.setMaxTotalConnections(Fixtures.POOL_SIZE);
        http.setConnectionsPerRoute(Fixtures.POOL_SIZE);
        http.setUserAgent(Fixtures.USER_AGENT);
        http.setCookieManagementDisabled(!camelHttpCookies);
        camel.addComponent("http", http);
        camel.addRoutes(new CamelHttpRoute(stub.baseUrl()));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:apifon").routeId("apifon")
                        .to(Fixtures.apifonUri("sms", stub.baseUrl(), "&senderId=" + Fixtures.SENDER
                                                                      + "&recipients=" + Fixtures.NUMBER));
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
        camelHttp = camel.getEndpoint("direct:camel-http");
        apifon = camel.getEndpoint("direct:apifon");
    }

    SendResponse sendRaw() throws Exception {
        return raw.send(Fixtures.TEXT);
    }

    SendResponse sendCamelHttp() {
        return (SendResponse) template.requestBody(camelHttp, Fixtures.TEXT);
    }

    SendResponse sendApifon() {
        return (SendResponse) template.requestBody(apifon, Fixtures.TEXT);
    }

    /**
     * Sends once each way and compares what the stub received: method, target, every header but the date and the
     * signature (which differ by the second they were made in), and the body bytes; each signature is also
     * recomputed from the received bytes. Throws when the three requests differ.
     */
    String checkEquivalence() throws Exception {
        stub.record(true);
        SendResponse r1 = sendRaw();
        SendResponse r2 = sendCamelHttp();
        SendResponse r3 = sendApifon();
        stub.record(false);
        List<VendorStub.Recorded> got = stub.recorded();
        if (got.size() != 3) {
            throw new IllegalStateException("expected 3 requests, the stub got " + got.size());
        }
        for (SendResponse r : List.of(r1, r2, r3)) {
            if (r == null || !"eff655d8-0cb6-47b3-8828-96e1b80b55af".equals(r.getRequestId())) {
                throw new IllegalStateException("a send did not return the typed response: " + r);
            }
        }
        String[] names = {"raw HttpClient", "camel-http route", "apifon component"};
        List<String> normalized = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            VendorStub.Recorded req = got.get(i);
            String body = new String(req.body(), StandardCharsets.UTF_8);
            String date = req.headers().get("x-apifonws-date").get(0);
            String expected = "ApifonWS " + Fixtures.TOKEN + ":"
                              + ApifonHmacAuth.sign(Fixtures.SECRET, req.method(), Fixtures.SEND_PATH, body, date);
            if (!expected.equals(req.headers().get("authorization").get(0))) {
                throw new IllegalStateException(names[i] + " sent a wrong signature");
            }
            Map<String, List<String>> headers = new TreeMap<>(req.headers());
            headers.remove("authorization");
            headers.remove("x-apifonws-date");
            normalized.add(req.method() + " " + req.target() + "\n" + headers + "\n" + body);
        }
        for (int i = 1; i < 3; i++) {
            if (!normalized.get(0).equals(normalized.get(i))) {
                throw new IllegalStateException("requests differ:\n--- " + names[0] + "\n" + normalized.get(0)
                                                + "\n--- " + names[i] + "\n" + normalized.get(i));
            }
        }
        return normalized.get(0);
    }

    @Override
    public void close() throws Exception {
        template.close();
        camel.close();
        raw.close();
        stub.close();
    }

    /** Baseline 2: what a user would write instead of the component, with camel-http and a signing Processor. */
    static final class CamelHttpRoute extends RouteBuilder {

        private static final ObjectMapper MAPPER = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();

        private final String baseUrl;

        CamelHttpRoute(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        @Override
        public void configure() {
            from("direct:camel-http").routeId("camel-http")
                    .process(CamelHttpRoute::signedRequest)
                    .to(baseUrl + Fixtures.SEND_PATH)
                    .process(e -> e.getMessage().setBody(MAPPER.readValue(
                            e.getMessage().getBody(java.io.InputStream.class), SendResponse.class)));
        }

        static void signedRequest(Exchange exchange) throws Exception {
            String text = exchange.getMessage().getBody(String.class);
            byte[] json = MAPPER.writeValueAsBytes(Fixtures.smsRequest(text));
            String date = ApifonHmacAuth.DATE_FORMAT.format(Instant.now());
            String signature = ApifonHmacAuth.sign(Fixtures.SECRET, "POST", Fixtures.SEND_PATH,
                    new String(json, StandardCharsets.UTF_8), date);
            var message = exchange.getMessage();
            message.setHeader(Exchange.HTTP_METHOD, "POST");
            message.setHeader(Exchange.CONTENT_TYPE, "application/json");
            message.setHeader(ApifonHmacAuth.DATE_HEADER, date);
            message.setHeader("Authorization", "ApifonWS " + Fixtures.TOKEN + ":" + signature);
            message.setBody(json);
        }
    }
}
