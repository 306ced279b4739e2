package io.github.camelmartech.sandbox.apsis;

import java.util.function.Supplier;

import io.github.camelmartech.sandbox.SimulatorExtension;

/**
 * The JUnit 5 extension behind {@link ApsisSandbox}; register it in a static field for static access to the running
 * simulator: {@code @RegisterExtension static ApsisSandboxExtension apsis = new ApsisSandboxExtension();} then
 * {@code apsis.simulator()}.
 */
public class ApsisSandboxExtension extends SimulatorExtension<ApsisSimulator> {

    /** Runs a {@code new ApsisSimulator()}. */
    public ApsisSandboxExtension() {
        this(ApsisSimulator::new);
    }

    /** Runs the simulator {@code factory} makes (other credentials, clock, a fixed port through {@code onPort}). */
    public ApsisSandboxExtension(Supplier<ApsisSimulator> factory) {
        super(ApsisSimulator.class, factory);
    }
}
