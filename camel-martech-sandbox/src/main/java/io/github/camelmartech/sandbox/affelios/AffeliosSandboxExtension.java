package io.github.camelmartech.sandbox.affelios;

import java.util.function.Supplier;

import io.github.camelmartech.sandbox.SimulatorExtension;

/**
 * The JUnit 5 extension behind {@link AffeliosSandbox}; register it in a static field for static access to the running
 * simulator: {@code @RegisterExtension static AffeliosSandboxExtension affelios = new AffeliosSandboxExtension();} then
 * {@code affelios.simulator()}.
 */
public class AffeliosSandboxExtension extends SimulatorExtension<AffeliosSimulator> {

    /** Runs a {@code new AffeliosSimulator()}. */
    public AffeliosSandboxExtension() {
        this(AffeliosSimulator::new);
    }

    /** Runs the simulator {@code factory} makes (other credentials, clock, a fixed port through {@code onPort}). */
    public AffeliosSandboxExtension(Supplier<AffeliosSimulator> factory) {
        super(AffeliosSimulator.class, factory);
    }
}
