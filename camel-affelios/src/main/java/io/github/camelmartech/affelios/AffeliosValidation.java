package io.github.camelmartech.affelios;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import io.github.camelmartech.affelios.model.AffeliosCustomer;
import io.github.camelmartech.affelios.model.AffeliosTransaction;
import io.github.camelmartech.support.error.MarTechInvalidInputException;

/** The rules of the Affelios documents, checked before anything is sent. */
final class AffeliosValidation {

    private AffeliosValidation() {
    }

    static void newCustomer(AffeliosCustomer c) {
        required("externalId", c.getExternalId());
        required("externalBrandId", c.getExternalBrandId());
        required("registrationDate", c.getRegistrationDate());
        zuluTimestamp("registrationDate", c.getRegistrationDate());
    }

    static void customerUpdate(AffeliosCustomer c) {
        if (c.getRegistrationDate() != null) {
            zuluTimestamp("registrationDate", c.getRegistrationDate());
        }
    }

    static void transaction(AffeliosTransaction t, String field) {
        if (t.getTransactionDate() != null) {
            zuluTimestamp(field + ".transactionDate", t.getTransactionDate());
        }
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new MarTechInvalidInputException(field, "is required");
        }
    }

    /** An ISO-8601 timestamp in UTC, e.g. 2024-01-15T10:30:00.000Z. */
    private static void zuluTimestamp(String field, String value) {
        try {
            if (OffsetDateTime.parse(value).getOffset().equals(ZoneOffset.UTC)) {
                return;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new MarTechInvalidInputException(field, "must be an ISO-8601 UTC timestamp such as"
                                                      + " 2024-01-15T10:30:00.000Z, not '" + value + "'");
    }
}
