package io.github.camelmartech.examples;

import java.util.List;

import io.github.camelmartech.sandbox.VendorSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;

/** One vendor's example: its routes (Java here, or YAML under {@code routes/}) and the steps that drive them. */
interface VendorExample {

    /** The component scheme, also the settings prefix. */
    String vendor();

    /** The component options that must all be set to use the real API; any other option may be set too. */
    List<String> credentials();

    /** A fresh simulator for the sandbox, seeded with whatever the vendor has no API to create. */
    VendorSimulator sandbox();

    /** Java DSL routes, or null when the vendor's routes are all in YAML. */
    default RoutesBuilder routes(Target target) {
        return null;
    }

    /** Drives the routes step by step; a failed step throws {@link Steps.StepFailed}. */
    void run(CamelContext camel, Target target, Steps steps) throws Exception;
}
