package io.github.camelmartech.sandbox.accengage;

import java.util.function.Supplier;

import io.github.camelmartech.sandbox.SimulatorExtension;

/**
 * The JUnit 5 extension behind {@link AccengageSandbox}; register it in a static field for static access to the running
 * simulator: {@code @RegisterExtension static AccengageSandboxExtension accengage = new AccengageSandboxExtension();} then
 * {@code accengage.simulator()}.
 */
public class AccengageSandboxExtension extends SimulatorExtension<AccengageSimulator> {

    /** Runs a {@code new AccengageSimulator()}. */
    public AccengageSandboxExtension() {
        this(AccengageSimulator::new);
    }

    /** Runs the simulator {@code factory} makes (other credentials, clock, a fixed port through {@code onPort}). */
    public AccengageSandboxExtension(Supplier<AccengageSimulator> factory) {
        super(AccengageSimulator.class, factory);
    }
}
