package io.github.camelmartech.sandbox;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;

/** A test that drives a simulator with its real component: one Camel context per test, stopped after it. */
abstract class SandboxCamelTest {

    private final String scheme;
    protected CamelContext camel;

    protected SandboxCamelTest(String scheme) {
        this.scheme = scheme;
    }

    @AfterEach
    void stopCamel() {
        if (camel != null) {
            camel.stop();
        }
    }

    /** Starts a context whose component has {@code options} (a simulator's {@code componentOptions()}). */
    protected ProducerTemplate start(Map<String, String> options) {
        camel = SandboxCamel.context(scheme, options);
        camel.start();
        return camel.createProducerTemplate();
    }
}
