package io.github.camelmartech.tests.quarkus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import io.github.camelmartech.tests.runtime.Simulators;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the simulators before the application and gives Quarkus their base URLs and credentials as
 * configuration; a test gets them in a field annotated {@link InjectSimulators}.
 */
public class SimulatorsResource implements QuarkusTestResourceLifecycleManager {

    /** Marks the test's {@link Simulators} field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectSimulators {
    }

    private Simulators simulators;

    @Override
    public Map<String, String> start() {
        simulators = new Simulators().start();
        return simulators.configuration(option -> option);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(simulators, new TestInjector.AnnotatedAndMatchesType(InjectSimulators.class, Simulators.class));
    }

    @Override
    public void stop() {
        if (simulators != null) {
            simulators.close();
        }
    }
}
