package io.github.camelmartech.apifon;

import org.apache.camel.spi.Metadata;

/** The headers the Apifon component reads and sets. */
public final class ApifonConstants {

    @Metadata(description = "The operation to perform, overriding the operation option.", javaType = "String")
    public static final String OPERATION = "CamelApifonOperation";
    @Metadata(description = "The HTTP method of the request resource.", javaType = "String")
    public static final String HTTP_METHOD = "CamelApifonHttpMethod";
    @Metadata(description = "The path of the request resource.", javaType = "String")
    public static final String PATH = "CamelApifonPath";
    @Metadata(description = "Query parameters: of the request resource, and of list, get and consumer calls (fields,"
                            + " type, status, page, size, sorting, sort_dir).",
              javaType = "java.util.Map<String, Object>")
    public static final String QUERY = "CamelApifonQuery";
    @Metadata(description = "The request id Apifon gave a send, OTP or verification (set on the result).",
              javaType = "String")
    public static final String REQUEST_ID = "CamelApifonRequestId";
    @Metadata(description = "The message ids of a send per recipient number (set on the result).",
              javaType = "java.util.Map<String, java.util.List<String>>")
    public static final String MESSAGE_IDS = "CamelApifonMessageIds";
    @Metadata(description = "The recipients of a send: a comma-separated String or a collection of numbers.",
              javaType = "Object")
    public static final String RECIPIENTS = "CamelApifonRecipients";
    @Metadata(description = "The sender id of a send, overriding the senderId option.", javaType = "String")
    public static final String SENDER_ID = "CamelApifonSenderId";
    @Metadata(description = "The reference id: of a send (optional), of an OTP (create and verify); set from the"
                            + " result and on callbacks.", javaType = "String")
    public static final String REFERENCE_ID = "CamelApifonReferenceId";
    @Metadata(description = "The OTP code to verify (else the String body).", javaType = "String")
    public static final String OTP_CODE = "CamelApifonOtpCode";
    @Metadata(description = "The result of an OTP verification (set on the result).",
              javaType = "io.github.camelmartech.apifon.model.OtpStatus")
    public static final String OTP_STATUS = "CamelApifonOtpStatus";
    @Metadata(description = "The list id, overriding the listId option.", javaType = "String")
    public static final String LIST_ID = "CamelApifonListId";
    @Metadata(description = "The subscriber: its lookup MD5 (destination_id or email_id), or a destination or email"
                            + " from which the MD5 is computed.", javaType = "String")
    public static final String SUBSCRIBER_ID = "CamelApifonSubscriberId";
    @Metadata(description = "The destination (mobile number or email) of a bounce-list get or unblock.",
              javaType = "String")
    public static final String DESTINATION = "CamelApifonDestination";
    @Metadata(description = "The subscriber field or GDPR field key of a field update or removal.",
              javaType = "String")
    public static final String FIELD = "CamelApifonField";
    @Metadata(description = "The Location (create) or Content-Location (update) Apifon answered, when any.",
              javaType = "String")
    public static final String LOCATION = "CamelApifonLocation";
    @Metadata(description = "The id of the item a consumer emits (list id, subscriber id, bounced destination).",
              javaType = "String")
    public static final String ITEM_ID = "CamelApifonItemId";
    @Metadata(description = "The kind of callback: DELIVERY_REPORT, SMS_REPLY or IM_REPLY.", javaType = "String")
    public static final String CALLBACK_TYPE = "CamelApifonCallbackType";
    @Metadata(description = "The message id a callback is about.", javaType = "String")
    public static final String MESSAGE_ID = "CamelApifonMessageId";
    @Metadata(description = "The status code of a delivery report.", javaType = "Integer")
    public static final String STATUS_CODE = "CamelApifonStatusCode";
    @Metadata(description = "The documented status name of a delivery report (e.g. delivered, expired).",
              javaType = "String")
    public static final String STATUS = "CamelApifonStatus";

    private ApifonConstants() {
    }
}
