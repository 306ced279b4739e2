package io.github.camelmartech.sandbox.getresponse;

import java.util.function.Supplier;

import io.github.camelmartech.sandbox.SimulatorExtension;

/**
 * The JUnit 5 extension behind {@link GetResponseSandbox}; register it in a static field for static access to the running
 * simulator: {@code @RegisterExtension static GetResponseSandboxExtension getresponse = new GetResponseSandboxExtension();} then
 * {@code getresponse.simulator()}.
 */
public class GetResponseSandboxExtension extends SimulatorExtension<GetResponseSimulator> {

    /** Runs a {@code new GetResponseSimulator()}. */
    public GetResponseSandboxExtension() {
        this(GetResponseSimulator::new);
    }

    /** Runs the simulator {@code factory} makes (other credentials, clock, a fixed port through {@code onPort}). */
    public GetResponseSandboxExtension(Supplier<GetResponseSimulator> factory) {
        super(GetResponseSimulator.class, factory);
    }
}
