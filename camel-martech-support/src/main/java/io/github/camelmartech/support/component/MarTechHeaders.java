package io.github.camelmartech.support.component;

/**
 * The per-vendor names of the headers the support module reads, all {@code Camel<Vendor><Name>}. Each vendor's
 * Constants class declares the same literals (they must be compile-time constants for the catalog).
 */
public record MarTechHeaders(String operation, String httpMethod, String path, String query, String requestId) {

    public static MarTechHeaders of(String vendor) {
        String p = "Camel" + vendor;
        return new MarTechHeaders(p + "Operation", p + "HttpMethod", p + "Path", p + "Query", p + "RequestId");
    }
}
