package io.github.camelmartech.support.component;

import java.util.function.Supplier;

import io.github.camelmartech.support.http.ErrorDecoder;
import io.github.camelmartech.support.operation.OperationTable;

/**
 * What a vendor endpoint states once, as data: its operation table (which also names the vendor and its headers),
 * its production base URL and its error decoder.
 *
 * @param table        the vendor's operations, resources and polls
 * @param baseUrl      the production base URL; null when the endpoint computes it from its options
 *                     ({@link MarTechEndpoint#defaultBaseUrl()} overridden: a region, a platform)
 * @param errorDecoder a new decoder of the vendor's errors, for each client an endpoint builds
 */
public record MarTechVendor(OperationTable table, String baseUrl, Supplier<? extends ErrorDecoder> errorDecoder) {

}
