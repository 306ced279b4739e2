package io.github.camelmartech.sandbox;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs one simulator for the test class (nested classes included): started before the
 * class (or at the first {@link #simulator()} call, whichever is first), reset before each test (state, planned
 * faults, delivered callbacks, request journal), stopped after the class. It injects the simulator into test and
 * lifecycle method parameters. Use a vendor's annotation ({@code @ApifonSandbox}, ...) for that, or register the
 * vendor's extension in a static field to reach the simulator from anywhere in the class, e.g. while Camel is
 * configured:
 * <pre>{@code
 * @RegisterExtension
 * static ApifonSandboxExtension apifon = new ApifonSandboxExtension();
 * ... apifon.simulator().properties() ...
 * }</pre>
 * One extension instance serves one test class at a time.
 */
public class SimulatorExtension<S extends VendorSimulator<S>>
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private final Class<S> type;
    private final Supplier<S> factory;
    private S running;
    /** Test classes (the class and its nested ones) in progress; the simulator stops when the last ends. */
    private int classes;

    /** @param factory makes the simulator (credentials, clock, {@code onPort(...)}); the extension starts it */
    public SimulatorExtension(Class<S> type, Supplier<S> factory) {
        this.type = type;
        this.factory = factory;
    }

    /** The running simulator; started here when the class has not started it yet. */
    public synchronized S simulator() {
        if (running == null) {
            running = factory.get().start();
        }
        return running;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        simulator();
        classes++;
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--classes == 0 && running != null) {
            running.stop();
            running = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator().reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == type;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return simulator();
    }
}
