package io.github.camelmartech.sandbox.accengage;

import io.github.camelmartech.sandbox.SimulatorExtension;

/** The JUnit 5 extension behind {@link AccengageSandbox}. */
public class AccengageSandboxExtension extends SimulatorExtension<AccengageSimulator> {

    public AccengageSandboxExtension() {
        super(AccengageSimulator.class, AccengageSimulator::new);
    }
}
