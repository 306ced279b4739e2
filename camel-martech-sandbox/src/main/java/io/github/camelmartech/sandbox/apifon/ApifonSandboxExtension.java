package io.github.camelmartech.sandbox.apifon;

import java.util.function.Supplier;

import io.github.camelmartech.sandbox.SimulatorExtension;

/**
 * The JUnit 5 extension behind {@link ApifonSandbox}; register it in a static field for static access to the running
 * simulator: {@code @RegisterExtension static ApifonSandboxExtension apifon = new ApifonSandboxExtension();} then
 * {@code apifon.simulator()}.
 */
public class ApifonSandboxExtension extends SimulatorExtension<ApifonSimulator> {

    /** Runs a {@code new ApifonSimulator()}. */
    public ApifonSandboxExtension() {
        this(ApifonSimulator::new);
    }

    /** Runs the simulator {@code factory} makes (other credentials, clock, a fixed port through {@code onPort}). */
    public ApifonSandboxExtension(Supplier<ApifonSimulator> factory) {
        super(ApifonSimulator.class, factory);
    }
}
