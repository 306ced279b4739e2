package io.github.camelmartech.accengage;

import org.apache.camel.spi.Metadata;

/** Message headers of the Accengage component. */
public final class AccengageConstants {

    @Metadata(description = "The operation to perform, overriding the operation option.", javaType = "String")
    public static final String OPERATION = "CamelAccengageOperation";
    @Metadata(description = "The campaign id for campaigns get, overriding the campaignId option.", javaType = "String")
    public static final String CAMPAIGN_ID = "CamelAccengageCampaignId";
    @Metadata(description = "Devices last opened on or after this date (YYYY-MM-DD), overriding the lastOpen option.",
              javaType = "String")
    public static final String LAST_OPEN = "CamelAccengageLastOpen";
    @Metadata(description = "The HTTP method of the request resource.", javaType = "String")
    public static final String HTTP_METHOD = "CamelAccengageHttpMethod";
    @Metadata(description = "The path of the request resource, relative to baseUrl.", javaType = "String")
    public static final String PATH = "CamelAccengagePath";
    @Metadata(description = "Query parameters of the request resource.", javaType = "java.util.Map<String, Object>")
    public static final String QUERY = "CamelAccengageQuery";
    @Metadata(description = "Pages fetched by a list operation.", javaType = "int")
    public static final String PAGES = "CamelAccengagePages";

    private AccengageConstants() {
    }
}
