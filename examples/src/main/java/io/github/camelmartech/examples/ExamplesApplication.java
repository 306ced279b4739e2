package io.github.camelmartech.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelmartech.sandbox.VendorSimulator;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.Main;

/**
 * Runs every vendor's example, then the welcome pipeline across three of them ({@link WelcomePipelineExample}), in
 * one Camel Main application and prints what each step did; exits 0 when every step succeeded, 1 naming the
 * failing steps otherwise. A vendor whose credentials are set (a properties file named on the command line, such as
 * the one the sandbox launcher writes, the environment or {@code application.properties}, see {@link Settings}) is
 * called at its configured base URL, as the real API would be; every other one runs against its simulator from
 * camel-martech-sandbox, started in-process.
 */
public final class ExamplesApplication {

    static final List<VendorExample> EXAMPLES = List.of(new ApifonExample(), new ApsisExample(),
            new GetResponseExample(), new AccengageExample(), new AffeliosExample());

    private ExamplesApplication() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.load(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Settings.USAGE);
            System.exit(2);
            return;
        }
        System.exit(run(settings, System.out) ? 0 : 1);
    }

    /** Runs the examples; true when every step succeeded. */
    static boolean run(Settings settings, PrintStream out) throws Exception {
        Steps steps = new Steps(out);
        List<VendorSimulator> simulators = new ArrayList<>();
        try {
            Map<VendorExample, Target> targets = new LinkedHashMap<>();
            for (VendorExample example : EXAMPLES) {
                targets.put(example, target(example, settings, simulators));
            }
            Main main = new Main();
            targets.forEach((example, target) -> {
                target.componentOptions().forEach((option, value) ->
                        main.addInitialProperty("camel.component." + example.vendor() + "." + option, value));
                RoutesBuilder routes = example.routes(target);
                if (routes != null) {
                    main.configure().addRoutesBuilder(routes);
                }
            });
            try {
                steps.run("camel", "start the Java and YAML routes", () -> {
                    main.start();
                    return main.getCamelContext().getRoutes().size() + " routes started";
                });
                targets.forEach((example, target) -> runExample(example, target, main, steps, out));
                runPipeline(main, targets, steps, out);
            } catch (Steps.StepFailed failed) {
                out.println("   no example ran: Camel did not start");
            } finally {
                main.stop();
            }
        } finally {
            simulators.forEach(VendorSimulator::stop);
        }
        steps.printSummary();
        return steps.allSucceeded();
    }

    private static void runExample(VendorExample example, Target target, Main main, Steps steps, PrintStream out) {
        out.printf("%n== %s (%s)%n", example.vendor(), target.describe());
        try {
            example.run(main.getCamelContext(), target, steps);
        } catch (Steps.StepFailed failed) {
            out.printf("   %s example stopped at its failed step%n", example.vendor());
        } catch (Exception e) {
            steps.fail(example.vendor(), "example", e);
        }
    }

    /** The welcome pipeline across GetResponse, Apifon and APSIS, after each vendor's own example. */
    private static void runPipeline(Main main, Map<VendorExample, Target> targets, Steps steps, PrintStream out) {
        Map<String, Target> byVendor = new LinkedHashMap<>();
        targets.forEach((example, target) -> byVendor.put(example.vendor(), target));
        out.printf("%n== %s (GetResponse new contacts, Apifon SMS, APSIS SMS failover)%n", WelcomePipelineExample.NAME);
        try {
            new WelcomePipelineExample().run(main.getCamelContext(), byVendor, steps);
        } catch (Steps.StepFailed failed) {
            out.printf("   %s example stopped at its failed step%n", WelcomePipelineExample.NAME);
        } catch (Exception e) {
            steps.fail(WelcomePipelineExample.NAME, "example", e);
        }
    }

    /**
     * The configured API (the real one, or a sandbox launcher's simulator) when every credential is set, else a
     * simulator started for it.
     */
    private static Target target(VendorExample example, Settings settings, List<VendorSimulator> simulators) {
        Map<String, String> real = new LinkedHashMap<>();
        for (String option : example.credentials()) {
            String value = settings.get(example.vendor(), option);
            if (value != null) {
                real.put(option, value);
            }
        }
        if (real.size() == example.credentials().size()) {
            String baseUrl = settings.get(example.vendor(), "baseUrl");
            if (baseUrl != null) {
                real.put("baseUrl", baseUrl);
            }
            return new Target(example.vendor(), null, real, settings);
        }
        VendorSimulator simulator = example.sandbox();
        simulators.add(simulator);
        simulator.start();
        return new Target(example.vendor(), simulator, simulator.componentOptions(), settings);
    }
}
