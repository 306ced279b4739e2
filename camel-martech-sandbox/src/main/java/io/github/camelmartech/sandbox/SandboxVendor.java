package io.github.camelmartech.sandbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.github.camelmartech.sandbox.accengage.AccengageSimulator;
import io.github.camelmartech.sandbox.affelios.AffeliosSimulator;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.sandbox.apsis.ApsisSimulator;
import io.github.camelmartech.sandbox.getresponse.GetResponseSimulator;

/** The simulators by the name of the Camel component they serve, for tools that pick one by name. */
public enum SandboxVendor {

    APIFON(ApifonSimulator::new),
    APSIS(ApsisSimulator::new),
    GETRESPONSE(GetResponseSimulator::new),
    ACCENGAGE(AccengageSimulator::new),
    AFFELIOS(AffeliosSimulator::new);

    private final Supplier<? extends VendorSimulator<?>> factory;

    SandboxVendor(Supplier<? extends VendorSimulator<?>> factory) {
        this.factory = factory;
    }

    /** The Camel component's name: {@code apifon}, {@code apsis}, {@code getresponse}, ... */
    public String scheme() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A new simulator with the sandbox credentials, not started. */
    public VendorSimulator<?> create() {
        return factory.get();
    }

    /** The vendor a component name names, ignoring case; an unknown name lists the known ones. */
    public static SandboxVendor of(String scheme) {
        return Arrays.stream(values()).filter(v -> v.scheme().equalsIgnoreCase(scheme == null ? "" : scheme.trim()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no simulator for '" + scheme
                        + "'; one of " + Arrays.stream(values()).map(SandboxVendor::scheme).collect(Collectors.joining(", "))));
    }
}
