package io.github.camelmartech.sandbox.apifon;

import io.github.camelmartech.sandbox.SimulatorExtension;

/** The JUnit 5 extension behind {@link ApifonSandbox}. */
public class ApifonSandboxExtension extends SimulatorExtension<ApifonSimulator> {

    public ApifonSandboxExtension() {
        super(ApifonSimulator.class, ApifonSimulator::new);
    }
}
