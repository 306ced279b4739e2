package io.github.camelmartech.getresponse.model;

import io.github.camelmartech.support.json.MarTechModel;

/**
 * The result of a delete (HTTP 204, empty body).
 *
 * @param status the HTTP status
 * @param id     the id of what was deleted, or null for account settings (callbacks)
 */
public record Deleted(int status, String id) implements MarTechModel {
}
