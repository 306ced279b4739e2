package io.github.camelmartech.affelios;

import org.apache.camel.spi.Metadata;

/** Message headers of the Affelios component. */
public final class AffeliosConstants {

    @Metadata(description = "The operation to perform, overriding the operation option.", javaType = "String")
    public static final String OPERATION = "CamelAffeliosOperation";
    @Metadata(description = "The Affelios customer id (the id Affelios returned on create, not your externalId),"
                            + " for customers get and update.", javaType = "String")
    public static final String CUSTOMER_ID = "CamelAffeliosCustomerId";
    @Metadata(description = "The HTTP method of the request resource.", javaType = "String")
    public static final String HTTP_METHOD = "CamelAffeliosHttpMethod";
    @Metadata(description = "The path of the request resource, relative to baseUrl.", javaType = "String")
    public static final String PATH = "CamelAffeliosPath";
    @Metadata(description = "Query parameters of the request resource.", javaType = "java.util.Map<String, Object>")
    public static final String QUERY = "CamelAffeliosQuery";
    @Metadata(description = "How many transactions Affelios accepted (queued) in this call; set also when a batch"
                            + " call failed part way, so a route knows what reached Affelios.", javaType = "int")
    public static final String ACCEPTED_COUNT = "CamelAffeliosAcceptedCount";

    private AffeliosConstants() {
    }
}
