package io.github.camelmartech.examples;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the welcome pipeline did with each contact it read: the example checks and prints it. */
final class WelcomeLedger {

    enum Outcome {
        /** Welcomed by Apifon. */
        APIFON,
        /** Welcomed by APSIS after Apifon failed. */
        APSIS_AFTER_FAILURE,
        /** Welcomed by APSIS with the circuit open: Apifon was not called. */
        APSIS_CIRCUIT_OPEN,
        /** No phone number: no SMS. */
        NO_PHONE,
        /** Neither vendor could send it: in the dead letter channel. */
        UNDELIVERABLE,
        /** Read again (a restart): already welcomed, dropped by the idempotent consumer. */
        DUPLICATE
    }

    record Entry(String contactId, Outcome outcome, String detail) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void record(String contactId, Outcome outcome, String detail) {
        entries.add(new Entry(contactId, outcome, detail));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    long count(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).count();
    }

    List<Outcome> outcomesOf(String contactId) {
        return entries.stream().filter(e -> e.contactId().equals(contactId)).map(Entry::outcome).toList();
    }
}
