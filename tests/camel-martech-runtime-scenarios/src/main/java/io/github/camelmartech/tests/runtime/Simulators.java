package io.github.camelmartech.tests.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.camelmartech.sandbox.VendorSimulator;
import io.github.camelmartech.sandbox.accengage.AccengageSimulator;
import io.github.camelmartech.sandbox.affelios.AffeliosSimulator;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.sandbox.apsis.ApsisSimulator;
import io.github.camelmartech.sandbox.getresponse.GetResponseSimulator;

/** The sandbox's five vendor simulators, each on a free port, and the configuration that points components at them. */
public final class Simulators implements AutoCloseable {

    public final ApifonSimulator apifon = new ApifonSimulator();
    public final ApsisSimulator apsis = new ApsisSimulator();
    public final GetResponseSimulator getresponse = new GetResponseSimulator();
    public final AccengageSimulator accengage = new AccengageSimulator();
    public final AffeliosSimulator affelios = new AffeliosSimulator();

    private final Map<String, VendorSimulator<?>> byScheme = new LinkedHashMap<>();

    public Simulators() {
        byScheme.put("apifon", apifon);
        byScheme.put("apsis", apsis);
        byScheme.put("getresponse", getresponse);
        byScheme.put("accengage", accengage);
        byScheme.put("affelios", affelios);
    }

    public Simulators start() {
        byScheme.values().forEach(VendorSimulator::start);
        return this;
    }

    /**
     * Each simulator's component options (base URL, credentials) as {@code camel.component.<scheme>.<option>}, the
     * option's name written by {@code naming} (as is for Camel, kebab-case for Spring Boot).
     */
    public Map<String, String> configuration(UnaryOperator<String> naming) {
        Map<String, String> configuration = new LinkedHashMap<>();
        byScheme.forEach((scheme, simulator) -> simulator.componentOptions().forEach((option, value) ->
                configuration.put("camel.component." + scheme + "." + naming.apply(option), value)));
        return configuration;
    }

    /** The secrets given to the components (Accengage's user e-mail and app id are not secret). */
    public List<String> secrets() {
        return List.of(apifon.token(), apifon.secret(), apsis.apiKey(), getresponse.apiKey(), accengage.apiKey(),
                affelios.apiKey());
    }

    @Override
    public void close() {
        byScheme.values().forEach(VendorSimulator::stop);
    }
}
