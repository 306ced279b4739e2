package io.github.camelmartech.tests.quarkus;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.github.camelmartech.tests.runtime.Inbox;

/** Makes the shared {@link Inbox} a CDI bean (its jar has no bean index). */
public class InboxProducer {

    @Produces
    @Singleton
    Inbox inbox() {
        return new Inbox();
    }
}
