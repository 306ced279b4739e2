package io.github.camelmartech.sandbox.getresponse;

import io.github.camelmartech.sandbox.SimulatorExtension;

/** The JUnit 5 extension behind {@link GetResponseSandbox}. */
public class GetResponseSandboxExtension extends SimulatorExtension<GetResponseSimulator> {

    public GetResponseSandboxExtension() {
        super(GetResponseSimulator.class, GetResponseSimulator::new);
    }
}
