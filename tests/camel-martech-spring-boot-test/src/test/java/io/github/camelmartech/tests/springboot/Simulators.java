package io.github.camelmartech.tests.springboot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.camelmartech.sandbox.VendorSimulator;
import io.github.camelmartech.sandbox.accengage.AccengageSimulator;
import io.github.camelmartech.sandbox.affelios.AffeliosSimulator;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.sandbox.apsis.ApsisSimulator;
import io.github.camelmartech.sandbox.getresponse.GetResponseSimulator;

/**
 * The sandbox's five vendor simulators, each on a free port, and the Spring Boot properties
 * ({@code camel.component.<vendor>.<option>}) that point the starters at them: base URL and credentials.
 */
final class Simulators implements AutoCloseable {

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

    /** Each simulator's component options as kebab-case Spring Boot properties. */
    Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        byScheme.forEach((scheme, simulator) -> simulator.componentOptions().forEach((option, value) ->
                properties.put("camel.component." + scheme + "." + kebab(option), value)));
        return properties;
    }

    /** The values the components were given for options their catalog marks secret. */
    List<String> secrets() {
        return byScheme.entrySet().stream().flatMap(simulator -> simulator.getValue().componentOptions().entrySet().stream()
                        .filter(option -> ComponentCatalog.isSecret(simulator.getKey(), option.getKey())))
                .map(Map.Entry::getValue).toList();
    }

    static String kebab(String option) {
        return option.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        byScheme.values().forEach(VendorSimulator::stop);
    }
}
