package io.github.camelmartech.support.component;

/**
 * The names of the headers the support module reads for a vendor, all {@code Camel<Vendor><Name>}: each vendor
 * builds it from the literals of its Constants class (they must be compile-time constants for the catalog).
 */
public record MarTechHeaders(String operation, String httpMethod, String path, String query) {

    /** The names for a vendor not yet stated as a table; tables use their Constants' literals. */
    public static MarTechHeaders of(String vendor) {
        String p = "Camel" + vendor;
        return new MarTechHeaders(p + "Operation", p + "HttpMethod", p + "Path", p + "Query");
    }
}
