package io.github.camelmartech.affelios;

import io.github.camelmartech.affelios.model.AffeliosCustomer;
import io.github.camelmartech.support.error.MarTechInvalidInputException;

/**
 * The rules of the Affelios documents, checked before anything is sent. Dates need no check here: they are
 * {@code Instant}s, read from any ISO-8601 form and sent as the Zulu timestamps Affelios wants.
 */
final class AffeliosValidation {

    private AffeliosValidation() {
    }

    static void newCustomer(AffeliosCustomer c) {
        required("externalId", c.getExternalId());
        required("externalBrandId", c.getExternalBrandId());
        if (c.getRegistrationDate() == null) {
            throw new MarTechInvalidInputException("registrationDate", "is required");
        }
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new MarTechInvalidInputException(field, "is required");
        }
    }
}
