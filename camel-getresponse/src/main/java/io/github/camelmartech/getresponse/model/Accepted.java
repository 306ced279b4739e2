package io.github.camelmartech.getresponse.model;

import io.github.camelmartech.support.json.MarTechModel;

/**
 * The result of a write GetResponse queues (HTTP 202: {@code POST /contacts}, {@code POST /contacts/batch},
 * search-contacts custom fields): accepted, not done. No id comes back: a new contact appears seconds to minutes
 * later, to be read back by email.
 *
 * @param status the HTTP status (202)
 * @param what   what was queued, e.g. the contact's email or "3 contacts"
 */
public record Accepted(int status, String what) implements MarTechModel {

    public boolean accepted() {
        return true;
    }
}
