package io.github.camelmartech.sandbox.quarkus;

import java.util.Map;

import io.github.camelmartech.sandbox.SandboxVendor;
import io.github.camelmartech.sandbox.VendorSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs a simulator for the {@code @QuarkusTest}s of an application: its {@code properties()}
 * ({@code camel.component.<vendor>.*}) become the application's configuration, which Camel Quarkus binds to the
 * component, and a field annotated {@link InjectSimulator} of the simulator's type gets the running simulator.
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(value = SandboxTestResource.class, initArgs = @ResourceArg(name = "vendor", value = "apifon"))
 * class WelcomeRouteTest {
 *     @InjectSimulator
 *     ApifonSimulator apifon;
 * }
 * }</pre>
 * ({@code @QuarkusTestResource} takes the same arguments, for every test of the module.) Several vendors: one
 * annotation and one field each. Quarkus keeps one application (and so one simulator) for the test classes that share
 * this resource; call the simulator's {@code reset()} in {@code @BeforeEach} when tests must not see each other's
 * data. Quarkus is not a dependency of the sandbox: this class is only loaded by a Quarkus test, which brings Quarkus.
 */
public class SandboxTestResource implements QuarkusTestResourceLifecycleManager {

    /** The {@code initArgs} name of the vendor ({@code apifon}, {@code apsis}, {@code getresponse}, ...). */
    public static final String VENDOR = "vendor";

    private SandboxVendor vendor;
    private VendorSimulator<?> simulator;

    @Override
    public void init(Map<String, String> initArgs) {
        if (initArgs.get(VENDOR) == null) {
            throw new IllegalArgumentException("SandboxTestResource needs initArgs = @ResourceArg(name = \"vendor\","
                                               + " value = \"apifon\") (or another vendor)");
        }
        vendor = SandboxVendor.of(initArgs.get(VENDOR));
    }

    @Override
    public Map<String, String> start() {
        simulator = vendor.create().start();
        return simulator.properties();
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.stop();
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(simulator,
                new TestInjector.AnnotatedAndMatchesType(InjectSimulator.class, simulator.getClass()));
    }

    /** The running simulator (after {@link #start()}). */
    public VendorSimulator<?> simulator() {
        return simulator;
    }
}
