package io.github.camelmartech.sandbox.apsis;

import io.github.camelmartech.sandbox.SimulatorExtension;

/** The JUnit 5 extension behind {@link ApsisSandbox}. */
public class ApsisSandboxExtension extends SimulatorExtension<ApsisSimulator> {

    public ApsisSandboxExtension() {
        super(ApsisSimulator.class, ApsisSimulator::new);
    }
}
