package io.github.camelmartech.apsis;

import java.time.Clock;

import io.github.camelmartech.support.component.MarTechConfiguration;
import io.github.camelmartech.support.retry.Sleeper;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** The options of the APSIS component, on top of the options every vendor shares. */
@UriParams
public class ApsisConfiguration extends MarTechConfiguration {

    /** The page size when pageSize is left at 0: APSIS has no default of its own (page and size are in the path). */
    static final int DEFAULT_PAGE_SIZE = 100;

    // The shared options operation, httpMethod, path and resource keep their values in the support module's
    // configuration; they are declared here, for the catalog only, to name this component's headers and resources.
    @UriParam(label = "producer",
              enums = "addAttendee,addToMailingList,addToOptOutAll,attendees,bounces,byDate,byNewsletter,"
                      + "bySendQueue,bySubscriber,call,clicks,countSubscriptions,create,createByDemographicData,"
                      + "createMessage,createQueued,createWithDoubleOptIn,credits,csv,delete,deleteByEmail,"
                      + "deleteById,deleteMany,eventSessions,export,exportByDate,exportByFilter,exportByMailingList,"
                      + "exportBySendQueue,exportBySendQueues,exportOrphans,exportSubscribers,"
                      + "exportSubscribersByFilter,findAttendeeByEmail,findByEmail,findByExternalId,future,get,"
                      + "ignoredDuplicates,incoming,invalidEmails,links,list,listAll,listByDate,listByMailingList,"
                      + "listBySendQueue,loginUrl,mailingLists,messages,opens,optionsDataCategories,optouts,"
                      + "projects,recipients,recipientsOnOptOutAll,recipientsOnOptOutList,registerAttendee,"
                      + "registrationFormControls,removeFromMailingList,removeFromOptOutAll,"
                      + "removeFromOptOutAllByEmail,removeFromOptOutAllByEmails,result,results,send,sendEmail,"
                      + "sendToMailingLists,sessions,status,statuses,subscribe,subscribeMany,subscribers,"
                      + "unsubscribe,unsubscribeAll,unsubscribeFromAllLists,update,updateAttendee,"
                      + "updateAttendeeStatus,updateQueued,webVersion,xml",
              description = "The operation to perform on the resource (the resource's default when unset); the header "
                            + ApsisConstants.OPERATION + " overrides it per message.")
    private String operation;
    @UriParam(label = "producer", enums = "GET,POST,PUT,PATCH,DELETE",
              description = "The HTTP method of the request resource; the header " + ApsisConstants.HTTP_METHOD
                            + " overrides it.")
    private String httpMethod;
    @UriParam(label = "producer", description = "The path of the request resource, relative to baseUrl; the header "
                                                + ApsisConstants.PATH + " overrides it.")
    private String path;

    @UriPath(description = "The resource: mailinglists, subscribers, optouts, newsletters, sendqueues, bounces,"
                      + " opens, clicks, filters, folders, demographics, imports, transactional, sms, events,"
                      + " or request for any call.",
             enums = "mailinglists,subscribers,optouts,newsletters,sendqueues,bounces,opens,clicks,filters,folders,"
                     + "demographics,imports,transactional,sms,events,request")
    @Metadata(required = true)
    private String resource;

    @UriParam(label = "security", secret = true,
              description = "The APSIS Pro API key, sent as the HTTP Basic user name with an empty password.")
    private String apiKey;
    @UriParam(label = "common", defaultValue = "EU", enums = "EU,ASIA",
              description = "The APSIS Pro region: EU (https://se.api.anpdm.com:8443) or ASIA"
                            + " (https://se.api.anpasia.com:8443); baseUrl overrides it.")
    private String region = "EU";

    @UriParam(label = "common", description = "The mailing list of list operations and of the subscribers and"
                                              + " optouts consumers; the header CamelApsisMailingListId overrides it.")
    private Long mailingListId;
    @UriParam(label = "common", description = "The sending of send queue operations and of the opens, clicks, bounces"
                                              + " and optouts consumers; the header CamelApsisSendQueueId overrides it.")
    private Long sendQueueId;

    @UriParam(label = "producer", defaultValue = "true",
              description = "Wait for queued methods: follow PollURL until the operation ends and return the data it"
                            + " produced. false returns the operation handle (OperationGuid, PollURL) at once.")
    private boolean waitForQueued = true;
    @UriParam(label = "producer", defaultValue = "300000", javaType = "java.time.Duration",
              description = "How long to wait for a queued method before failing with ApsisQueuedTimeoutException.")
    private long queuedTimeout = 300_000;
    @UriParam(label = "producer,advanced", defaultValue = "1000", javaType = "java.time.Duration",
              description = "The first pause before polling a queued method; each next pause doubles.")
    private long queuedPollInterval = 1_000;
    @UriParam(label = "producer,advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The longest pause between two polls of a queued method.")
    private long queuedMaxPollInterval = 30_000;

    @UriParam(label = "advanced", defaultValue = "60",
              description = "Requests sent to APSIS at most per throttlePeriod (APSIS allows 60 a minute per"
                            + " integration); shared by the endpoints with the same API key. 0 turns it off.")
    private int throttleRequests = 60;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The window of throttleRequests.")
    private long throttlePeriod = 60_000;
    @UriParam(label = "common", defaultValue = "UTC",
              description = "The time zone in which java.time instants are written as yyyyMMddTHHmmss dates.")
    private String timeZone = "UTC";

    @UriParam(label = "advanced", description = "The clock of the throttle and of queued-method timeouts; the system"
                                                + " UTC clock unless set (tests set a fake one).")
    private Clock clock;
    @UriParam(label = "advanced", description = "How the throttle and queued-method polling pause; real sleeps unless"
                                                + " set (tests set one that advances a fake clock).")
    private Sleeper sleeper;

    /** Items per page: the option, or 100 when it is 0 (unset); at most 1000, which the operations check. */
    @Override
    public int getPageSize() {
        return super.getPageSize() > 0 ? super.getPageSize() : DEFAULT_PAGE_SIZE;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Long getMailingListId() {
        return mailingListId;
    }

    public void setMailingListId(Long mailingListId) {
        this.mailingListId = mailingListId;
    }

    public Long getSendQueueId() {
        return sendQueueId;
    }

    public void setSendQueueId(Long sendQueueId) {
        this.sendQueueId = sendQueueId;
    }

    public boolean isWaitForQueued() {
        return waitForQueued;
    }

    public void setWaitForQueued(boolean waitForQueued) {
        this.waitForQueued = waitForQueued;
    }

    public long getQueuedTimeout() {
        return queuedTimeout;
    }

    public void setQueuedTimeout(long queuedTimeout) {
        this.queuedTimeout = queuedTimeout;
    }

    public long getQueuedPollInterval() {
        return queuedPollInterval;
    }

    public void setQueuedPollInterval(long queuedPollInterval) {
        this.queuedPollInterval = queuedPollInterval;
    }

    public long getQueuedMaxPollInterval() {
        return queuedMaxPollInterval;
    }

    public void setQueuedMaxPollInterval(long queuedMaxPollInterval) {
        this.queuedMaxPollInterval = queuedMaxPollInterval;
    }

    public int getThrottleRequests() {
        return throttleRequests;
    }

    public void setThrottleRequests(int throttleRequests) {
        this.throttleRequests = throttleRequests;
    }

    public long getThrottlePeriod() {
        return throttlePeriod;
    }

    public void setThrottlePeriod(long throttlePeriod) {
        this.throttlePeriod = throttlePeriod;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Clock getClock() {
        return clock;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public Sleeper getSleeper() {
        return sleeper;
    }

    public void setSleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    Clock clockOrSystem() {
        return clock != null ? clock : Clock.systemUTC();
    }

    Sleeper sleeperOrSystem() {
        return sleeper != null ? sleeper : Sleeper.SYSTEM;
    }
}
