package io.github.camelmartech.support.component;

/**
 * The names of the headers the support module reads for a vendor, all {@code Camel<Vendor><Name>}: each vendor's
 * Constants class declares the same literals for the catalog (they must be compile-time constants there).
 */
public record MarTechHeaders(String operation, String httpMethod, String path, String query) {

    /** The headers of a vendor named as in its Constants class: {@code CamelApifonOperation} for {@code Apifon}. */
    public static MarTechHeaders of(String vendor) {
        String prefix = "Camel" + vendor;
        return new MarTechHeaders(prefix + "Operation", prefix + "HttpMethod", prefix + "Path", prefix + "Query");
    }
}
