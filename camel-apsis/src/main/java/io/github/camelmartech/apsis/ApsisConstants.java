package io.github.camelmartech.apsis;

import org.apache.camel.spi.Metadata;

/**
 * The headers the APSIS component reads and sets. A path or query parameter of an operation comes from the header
 * named after it ({@code {mailingListId}} from {@code CamelApsisMailingListId}); the operation tables name these
 * constants.
 */
public final class ApsisConstants {

    @Metadata(description = "The operation to perform, overriding the operation option.", javaType = "String")
    public static final String OPERATION = "CamelApsisOperation";
    @Metadata(description = "The HTTP method of the request resource.", javaType = "String")
    public static final String HTTP_METHOD = "CamelApsisHttpMethod";
    @Metadata(description = "The path of the request resource.", javaType = "String")
    public static final String PATH = "CamelApsisPath";
    @Metadata(description = "Query parameters of the request resource, and extra ones for any operation.",
              javaType = "java.util.Map<String, Object>")
    public static final String QUERY = "CamelApsisQuery";
    @Metadata(description = "The request id of a failed call, when the vendor gives one.", javaType = "String")
    public static final String REQUEST_ID = "CamelApsisRequestId";

    @Metadata(description = "The mailing list id, overriding the mailingListId option.", javaType = "Long")
    public static final String MAILING_LIST_ID = "CamelApsisMailingListId";
    @Metadata(description = "The subscriber id.", javaType = "Long")
    public static final String SUBSCRIBER_ID = "CamelApsisSubscriberId";
    @Metadata(description = "The send queue (sending) id, overriding the sendQueueId option.", javaType = "Long")
    public static final String SEND_QUEUE_ID = "CamelApsisSendQueueId";
    @Metadata(description = "The newsletter id.", javaType = "Long")
    public static final String NEWSLETTER_ID = "CamelApsisNewsletterId";
    @Metadata(description = "The filter id.", javaType = "Long")
    public static final String FILTER_ID = "CamelApsisFilterId";
    @Metadata(description = "The import id.", javaType = "String")
    public static final String IMPORT_ID = "CamelApsisImportId";
    @Metadata(description = "The transactional project id.", javaType = "Long")
    public static final String PROJECT_ID = "CamelApsisProjectId";
    @Metadata(description = "The transaction id of a transactional email.", javaType = "String")
    public static final String TRANSACTION_ID = "CamelApsisTransactionId";
    @Metadata(description = "The event id.", javaType = "String")
    public static final String EVENT_ID = "CamelApsisEventId";
    @Metadata(description = "The event session id.", javaType = "String")
    public static final String SESSION_ID = "CamelApsisSessionId";
    @Metadata(description = "The event attendee id.", javaType = "String")
    public static final String ATTENDEE_ID = "CamelApsisAttendeeId";
    @Metadata(description = "The start of a date interval: a java.time value or a yyyyMMddTHHmmss String.",
              javaType = "Object")
    public static final String DATE_FROM = "CamelApsisDateFrom";
    @Metadata(description = "The end of a date interval: a java.time value or a yyyyMMddTHHmmss String.",
              javaType = "Object")
    public static final String DATE_TO = "CamelApsisDateTo";
    @Metadata(description = "The page of a paginated operation, from 1 (default 1).", javaType = "Integer")
    public static final String PAGE_NUMBER = "CamelApsisPageNumber";
    @Metadata(description = "The page size of a paginated operation, 1-1000; overrides the pageSize option.",
              javaType = "Integer")
    public static final String PAGE_SIZE = "CamelApsisPageSize";
    @Metadata(description = "Subscribers create: update the subscriber when the email exists.", javaType = "Boolean")
    public static final String UPDATE_IF_EXISTS = "CamelApsisUpdateIfExists";
    @Metadata(description = "Transactional sendEmail: when to send (a java.time value or yyyyMMddTHHmmss).",
              javaType = "Object")
    public static final String SEND_DATE = "CamelApsisSendDate";
    @Metadata(description = "Transactional sendEmail: also send through inactive projects.", javaType = "Boolean")
    public static final String ALLOW_INACTIVE_PROJECTS = "CamelApsisAllowInactiveProjects";
    @Metadata(description = "Transactional result: include the demographic data.", javaType = "Boolean")
    public static final String INCLUDE_DEMOGRAPHIC_DATA = "CamelApsisIncludeDemographicData";
    @Metadata(description = "Imports xml: whether the XML uses demographic mapping.", javaType = "Boolean")
    public static final String USE_DEMOGRAPHIC_MAPPING = "CamelApsisUseDemographicMapping";
    @Metadata(description = "SMS incoming: the number the messages were sent to.", javaType = "String")
    public static final String TO_NUMBER = "CamelApsisToNumber";

    @Metadata(description = "The OperationGuid of a queued method (set on the result); quote it to APSIS support.",
              javaType = "String")
    public static final String OPERATION_GUID = "CamelApsisOperationGuid";
    @Metadata(description = "The PollURL of a queued method (set on the result).", javaType = "String")
    public static final String POLL_URL = "CamelApsisPollUrl";
    @Metadata(description = "The Message of the APSIS envelope (set on the result).", javaType = "String")
    public static final String MESSAGE = "CamelApsisMessage";
    @Metadata(description = "The id of the item a consumer emits.", javaType = "String")
    public static final String ITEM_ID = "CamelApsisItemId";

    private ApsisConstants() {
    }
}
