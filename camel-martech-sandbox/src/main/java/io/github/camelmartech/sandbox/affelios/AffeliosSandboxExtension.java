package io.github.camelmartech.sandbox.affelios;

import io.github.camelmartech.sandbox.SimulatorExtension;

/** The JUnit 5 extension behind {@link AffeliosSandbox}. */
public class AffeliosSandboxExtension extends SimulatorExtension<AffeliosSimulator> {

    public AffeliosSandboxExtension() {
        super(AffeliosSimulator.class, AffeliosSimulator::new);
    }
}
