package io.github.camelmartech.support.testing;

import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;

/** Camel's consumer health checks in a test context, and the wait for a failing consumer to report DOWN. */
public final class HealthChecks {

    private HealthChecks() {
    }

    /** Registers the routes and consumers checks; call from {@code createCamelContext()}. */
    public static void enable(CamelContext context) {
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        registry.setCamelContext(context);
        registry.register(registry.resolveById("routes"));
        registry.register(registry.resolveById("consumers"));
        context.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
    }

    /** The readiness result of the route's consumer once it is DOWN with an error (fails after ~5 s). */
    public static HealthCheck.Result awaitConsumerDown(CamelContext context, String routeId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<HealthCheck.Result> consumer = HealthCheckHelper.invokeReadiness(context).stream()
                    .filter(r -> r.getCheck().getId().startsWith("consumer:" + routeId)).findFirst();
            if (consumer.isPresent() && consumer.get().getState() == HealthCheck.State.DOWN
                && consumer.get().getError().isPresent()) {
                return consumer.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the consumer of route " + routeId + " never reported DOWN with an error");
    }
}
