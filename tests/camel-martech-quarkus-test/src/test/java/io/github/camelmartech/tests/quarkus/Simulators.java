package io.github.camelmartech.tests.quarkus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelmartech.sandbox.VendorSimulator;
import io.github.camelmartech.sandbox.accengage.AccengageSimulator;
import io.github.camelmartech.sandbox.affelios.AffeliosSimulator;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.sandbox.apsis.ApsisSimulator;
import io.github.camelmartech.sandbox.getresponse.GetResponseSimulator;

/** The sandbox's five vendor simulators, each on a free port. */
public final class Simulators implements AutoCloseable {

    final ApifonSimulator apifon = new ApifonSimulator();
    final ApsisSimulator apsis = new ApsisSimulator();
    final GetResponseSimulator getresponse = new GetResponseSimulator();
    final AccengageSimulator accengage = new AccengageSimulator();
    final AffeliosSimulator affelios = new AffeliosSimulator();

    private final Map<String, VendorSimulator> byScheme = new LinkedHashMap<>();

    Simulators() {
        byScheme.put("apifon", apifon);
        byScheme.put("apsis", apsis);
        byScheme.put("getresponse", getresponse);
        byScheme.put("accengage", accengage);
        byScheme.put("affelios", affelios);
    }

    Simulators start() {
        byScheme.values().forEach(VendorSimulator::start);
        return this;
    }

    /** Each simulator's component options as Camel configuration: {@code camel.component.<scheme>.<option>}. */
    Map<String, String> configuration() {
        Map<String, String> configuration = new LinkedHashMap<>();
        byScheme.forEach((scheme, simulator) -> simulator.componentOptions().forEach((option, value) ->
                configuration.put("camel.component." + scheme + "." + option, value)));
        return configuration;
    }

    /** The secrets given to the components (Accengage's user e-mail and app id are not secret). */
    List<String> secrets() {
        return List.of(apifon.token(), apifon.secret(), apsis.apiKey(), getresponse.apiKey(), accengage.apiKey(),
                affelios.apiKey());
    }

    @Override
    public void close() {
        byScheme.values().forEach(VendorSimulator::stop);
    }
}
