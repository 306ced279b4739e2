package io.github.camelmartech.support.testing;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A WireMock vendor and a started Camel context for property tests, which run outside the JUnit Jupiter
 * extensions: start it once per container, reset the received requests per try.
 */
public final class VendorStub implements AutoCloseable {

    private final WireMockServer wireMock;
    private final CamelContext camel;
    private final ProducerTemplate template;

    private VendorStub(Map<String, Object> beans) {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort());
        wireMock.start();
        camel = new DefaultCamelContext();
        beans.forEach(camel.getRegistry()::bind);
        camel.start();
        template = camel.createProducerTemplate();
    }

    public static VendorStub start(Map<String, Object> beans) {
        return new VendorStub(beans);
    }

    public String baseUrl() {
        return wireMock.baseUrl();
    }

    public WireMockServer wireMock() {
        return wireMock;
    }

    public ProducerTemplate template() {
        return template;
    }

    /** Every request received since the last {@link #reset()}. */
    public List<LoggedRequest> received() {
        return wireMock.findAll(anyRequestedFor(anyUrl()));
    }

    /** The one request received since the last reset. */
    public LoggedRequest onlyRequest() {
        List<LoggedRequest> all = received();
        if (all.size() != 1) {
            throw new AssertionError("expected one request, the stub received " + all.size());
        }
        return all.get(0);
    }

    public void reset() {
        wireMock.resetRequests();
    }

    @Override
    public void close() {
        try {
            template.close();
            camel.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the Camel context", e);
        } finally {
            wireMock.stop();
        }
    }
}
