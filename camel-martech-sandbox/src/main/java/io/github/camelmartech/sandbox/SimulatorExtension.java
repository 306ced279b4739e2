package io.github.camelmartech.sandbox;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that starts a simulator on a free port once per test class, stops it after the class, resets
 * its state, faults and journal before each test, and injects it into test and lifecycle method parameters. Use
 * a vendor's annotation ({@code @ApifonSandbox}, ...) or register it yourself:
 * {@code @RegisterExtension static SimulatorExtension<ApifonSimulator> apifon = new SimulatorExtension<>(ApifonSimulator.class, ApifonSimulator::new);}
 */
public class SimulatorExtension<S extends VendorSimulator> implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private final Class<S> type;
    private final Supplier<S> factory;

    public SimulatorExtension(Class<S> type, Supplier<S> factory) {
        this.type = type;
        this.factory = factory;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == type;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return simulator(context);
    }

    /** The simulator of the test class, started on first use and closed by JUnit after the class. */
    public S simulator(ExtensionContext context) {
        ExtensionContext classContext = context.getTestClass().isPresent() ? classContext(context) : context;
        Started<S> started = classContext.getStore(ExtensionContext.Namespace.create(SimulatorExtension.class, type))
                .getOrComputeIfAbsent(type, t -> new Started<>(factory.get()), Started.class);
        return type.cast(started.simulator());
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    /** Stored in the class's store, so JUnit closes it when the class is done. */
    private record Started<S extends VendorSimulator>(S simulator) implements ExtensionContext.Store.CloseableResource {

        Started {
            simulator.start();
        }

        @Override
        public void close() {
            simulator.stop();
        }
    }
}
