package io.github.camelmartech.getresponse;

import org.apache.camel.spi.Metadata;

/**
 * The headers the GetResponse component reads and sets; those of the document's path parameters
 * ({@code CamelGetResponseContactId}, ...) come from {@link GetResponsePathHeaders}, generated from the document.
 */
public final class GetResponseConstants extends GetResponsePathHeaders {

    @Metadata(description = "The operation to perform, overriding the operation option.", javaType = "String")
    public static final String OPERATION = "CamelGetResponseOperation";
    @Metadata(description = "The HTTP method of the request resource.", javaType = "String")
    public static final String HTTP_METHOD = "CamelGetResponseHttpMethod";
    @Metadata(description = "The path of the request resource, relative to baseUrl (e.g. /shops).", javaType = "String")
    public static final String PATH = "CamelGetResponsePath";
    @Metadata(description = "The query of a call: a GetResponseQuery, or a Map with page, perPage, fields,"
                            + " additionalFlags, query (field to value, or to a Map with from/to), sort (field to"
                            + " ASC/DESC) and any other parameter the operation documents; names the operation does"
                            + " not document are refused. For the request resource, raw query parameters.",
              javaType = "Object")
    public static final String QUERY = "CamelGetResponseQuery";
    @Metadata(description = "The vendor's error or request uuid, when GetResponse gave one.", javaType = "String")
    public static final String REQUEST_ID = "CamelGetResponseRequestId";
    @Metadata(description = "The id of the item an operation acts on (contactId, campaignId, newsletterId...): the"
                            + " last path parameter of any operation when its own header is absent, overriding the id"
                            + " option; set on consumer and webhook exchanges.", javaType = "String")
    public static final String ID = "CamelGetResponseId";
    @Metadata(description = "Collection size from the TotalCount header of a list call.", javaType = "Long")
    public static final String TOTAL_COUNT = "CamelGetResponseTotalCount";
    @Metadata(description = "Page count from the TotalPages header of a list call.", javaType = "Long")
    public static final String TOTAL_PAGES = "CamelGetResponseTotalPages";
    @Metadata(description = "The page returned, from the CurrentPage header of a list call.", javaType = "Long")
    public static final String CURRENT_PAGE = "CamelGetResponseCurrentPage";
    @Metadata(description = "The page size, from the PerPage header of a list call.", javaType = "Long")
    public static final String PER_PAGE = "CamelGetResponsePerPage";
    @Metadata(description = "Calls left in the current rate-limit frame (X-RateLimit-Remaining).", javaType = "String")
    public static final String RATE_LIMIT_REMAINING = "CamelGetResponseRateLimitRemaining";
    @Metadata(description = "The callback action or webhook type of a webhook exchange (subscribe, open, click,"
                            + " contact_opened_message...).", javaType = "String")
    public static final String ACTION = "CamelGetResponseAction";
    @Metadata(description = "The campaign (list) id of a webhook exchange; the path parameter campaignId of the"
                            + " document's operations (getCampaign, updateCampaign, getCampaignBlocklist,"
                            + " updateCampaignBlocklist, getContactsFromCampaign).", javaType = "String")
    public static final String CAMPAIGN_ID = "CamelGetResponseCampaignId";

    private GetResponseConstants() {
    }
}
