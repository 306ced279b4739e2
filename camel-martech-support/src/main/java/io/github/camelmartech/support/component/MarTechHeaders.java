package io.github.camelmartech.support.component;

/**
 * The names of the headers the support module reads for a vendor, all {@code Camel<Vendor><Name>}: each vendor
 * builds it from the literals of its Constants class (they must be compile-time constants for the catalog).
 */
public record MarTechHeaders(String operation, String httpMethod, String path, String query) {

}
