package io.github.camelmartech.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What the examples did, step by step: each step's outcome and a one-line detail (counts, ids, statuses). A failed
 * step ends its vendor's example (later steps depend on it) but not the other vendors'.
 */
final class Steps {

    enum Outcome { OK, SKIPPED, FAILED }

    record Step(String vendor, String name, Outcome outcome, String detail) {
    }

    /** Thrown by a failed step to end the vendor's example. */
    static final class StepFailed extends RuntimeException {
        StepFailed(String step) {
            super(step);
        }
    }

    private final List<Step> steps = new ArrayList<>();
    private final PrintStream out;

    Steps(PrintStream out) {
        this.out = out;
    }

    /** Runs a step; its result is the detail printed. A failure is recorded with its cause and ends the example. */
    String run(String vendor, String name, Callable<String> action) {
        try {
            String detail = action.call();
            record(new Step(vendor, name, Outcome.OK, detail));
            return detail;
        } catch (Exception | AssertionError e) {
            fail(vendor, name, e);
            throw new StepFailed(name);
        }
    }

    void fail(String vendor, String name, Throwable cause) {
        record(new Step(vendor, name, Outcome.FAILED, rootMessage(cause)));
    }

    void skip(String vendor, String name, String why) {
        record(new Step(vendor, name, Outcome.SKIPPED, why));
    }

    boolean allSucceeded() {
        return !steps.isEmpty() && steps.stream().noneMatch(s -> s.outcome() == Outcome.FAILED);
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }

    void printSummary() {
        long ok = steps.stream().filter(s -> s.outcome() == Outcome.OK).count();
        long failed = steps.stream().filter(s -> s.outcome() == Outcome.FAILED).count();
        out.printf("%nSummary: %d steps OK, %d skipped, %d failed%n", ok, steps.size() - ok - failed, failed);
        steps.stream().filter(s -> s.outcome() == Outcome.FAILED)
                .forEach(s -> out.printf("  FAILED step '%s' of %s: %s%n", s.name(), s.vendor(), s.detail()));
    }

    private void record(Step step) {
        steps.add(step);
        out.printf("[%-11s] %-7s %-38s %s%n", step.vendor(), step.outcome(), step.name(), step.detail());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
