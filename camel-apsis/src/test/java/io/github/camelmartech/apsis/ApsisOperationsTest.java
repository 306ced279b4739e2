package io.github.camelmartech.apsis;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.apsis.model.ApsisPage;
import io.github.camelmartech.apsis.model.MailingList;
import io.github.camelmartech.apsis.model.Newsletter;
import io.github.camelmartech.apsis.model.OptOut;
import io.github.camelmartech.apsis.model.RecipientActivity;
import io.github.camelmartech.apsis.model.SendQueue;
import io.github.camelmartech.apsis.model.SendQueueRequest;
import io.github.camelmartech.apsis.model.Subscriber;
import io.github.camelmartech.apsis.model.SubscriberMailingLists;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.github.camelmartech.apsis.ApsisConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of every resource against WireMock: the exact method, path, query, body and Basic header sent,
 * and the typed result. Queued rows run the whole flow (PollURL, then DataUrl). The expected requests are written
 * out from the vendor note, independently of the component's method table; {@link #everyOperationHasARow} checks
 * that no operation is left without one.
 */
class ApsisOperationsTest extends ApsisTestSupport {

    static final String PAGE = "{\"TotalCount\":1,\"TotalPages\":1,\"Items\":[{\"Id\":1,\"Name\":\"A\","
                               + "\"Created\":\"\\/Date(1015286583000+0800)\\/\"}]}";
    static final LocalDateTime JAN1 = LocalDateTime.of(2024, 1, 1, 0, 0);
    static final String FROM = "20240101T000000";
    static final String TO = "20240131T235959";

    /** One expected call. */
    static final class Row {
        final String resource;
        final String operation;
        final Map<String, Object> headers = new LinkedHashMap<>();
        Object body;
        String method;
        String url;
        String expectedBody;
        String result = "null";
        boolean queued;
        Class<?> type;
        Class<?> element;

        Row(String resource, String operation) {
            this.resource = resource;
            this.operation = operation;
        }

        Row h(String header, Object value) {
            headers.put(header, value);
            return this;
        }

        Row body(Object body, String expectedJson) {
            this.body = body;
            this.expectedBody = expectedJson;
            return this;
        }

        Row call(String method, String url) {
            this.method = method;
            this.url = url;
            return this;
        }

        Row result(String json, Class<?> type) {
            this.result = json;
            this.type = type;
            return this;
        }

        Row list(String json, Class<?> element) {
            this.result = json;
            this.type = List.class;
            this.element = element;
            return this;
        }

        Row page(Class<?> element) {
            return result(PAGE, ApsisPage.class).element(element);
        }

        Row element(Class<?> element) {
            this.element = element;
            return this;
        }

        Row queued(Class<?> type) {
            this.queued = true;
            this.type = type;
            return this;
        }

        @Override
        public String toString() {
            return resource + "." + operation;
        }
    }

    static Row r(String resource, String operation) {
        return new Row(resource, operation);
    }

    static Stream<Row> rows() {
        String dates = "?dateFrom=" + FROM + "&dateTo=" + TO;
        return Stream.of(
                // mailinglists
                r("mailinglists", "list").h(PAGE_NUMBER, 2).h(PAGE_SIZE, 50).call("GET", "/v1/mailinglists/2/50")
                        .page(MailingList.class),
                r("mailinglists", "listAll").call("POST", "/mailinglists/v2/all")
                        .list("[{\"Id\":1,\"Name\":\"A\"}]", MailingList.class),
                r("mailinglists", "get").h(MAILING_LIST_ID, 7).call("GET", "/v1/mailinglists/7")
                        .result("{\"Id\":7,\"Name\":\"News\"}", MailingList.class),
                r("mailinglists", "create").call("POST", "/v1/mailinglists/")
                        .body(Map.of("Name", "News", "FromEmail", "news@acme.com", "CharacterSet", "utf-8"),
                                "{\"Name\":\"News\",\"FromEmail\":\"news@acme.com\",\"CharacterSet\":\"utf-8\"}")
                        .result("42", Long.class),
                r("mailinglists", "update").h(MAILING_LIST_ID, 7).call("POST", "/v1/mailinglists/7")
                        .body("{\"Name\":\"News 2\"}", "{\"Name\":\"News 2\"}").result("1", JsonNode.class),
                r("mailinglists", "delete").call("DELETE", "/v1/mailinglists/").body(List.of(1, 2), "[1,2]")
                        .queued(JsonNode.class),
                r("mailinglists", "subscribers").h(MAILING_LIST_ID, 7)
                        .call("GET", "/v1/mailinglists/7/subscribers/1/100").page(Subscriber.class),
                r("mailinglists", "exportSubscribers").h(MAILING_LIST_ID, 7)
                        .call("POST", "/mailinglists/v2/7/subscribers/all")
                        .body(Map.of("AllDemographics", true, "FieldNames", List.of("Country")),
                                "{\"AllDemographics\":true,\"FieldNames\":[\"Country\"]}").queued(JsonNode.class),
                r("mailinglists", "exportSubscribersByFilter").h(MAILING_LIST_ID, 7).h(FILTER_ID, 3)
                        .call("POST", "/v1/mailinglists/7/subscribers/all/3").queued(JsonNode.class),
                r("mailinglists", "countSubscriptions").h(MAILING_LIST_ID, 7)
                        .call("GET", "/v1/mailinglists/7/subscriptions/count").result("12", Long.class),
                r("mailinglists", "subscribe").h(MAILING_LIST_ID, 7).h(SUBSCRIBER_ID, 9)
                        .call("POST", "/v1/mailinglists/7/subscriptions/9").result("1", Long.class),
                r("mailinglists", "subscribeMany").h(MAILING_LIST_ID, 7)
                        .call("POST", "/mailinglists/v2/7/subscriptions/queued").body("9, 10", "[9,10]")
                        .queued(JsonNode.class),
                r("mailinglists", "unsubscribe").h(MAILING_LIST_ID, 7).h(SUBSCRIBER_ID, 9)
                        .call("DELETE", "/v1/mailinglists/7/subscriptions/9").result("1", JsonNode.class),
                r("mailinglists", "unsubscribeAll").h(MAILING_LIST_ID, 7)
                        .call("DELETE", "/mailinglists/v2/7/subscriptions/all").queued(JsonNode.class),
                r("mailinglists", "unsubscribeFromAllLists").h(SUBSCRIBER_ID, 9)
                        .call("DELETE", "/v1/mailinglists/subscriptions/9").queued(JsonNode.class),
                // subscribers
                r("subscribers", "create").h(MAILING_LIST_ID, 7).h(UPDATE_IF_EXISTS, true)
                        .call("POST", "/v1/subscribers/mailinglist/7/create?updateIfExists=true")
                        .body(new Subscriber().email("a@b.com").name("Ann")
                                        .demDataFields(List.of(new io.github.camelmartech.apsis.model.DemDataField()
                                                .key("Country").value("SE"))),
                                "{\"Email\":\"a@b.com\",\"Name\":\"Ann\",\"DemDataFields\":[{\"Key\":\"Country\","
                                + "\"Value\":\"SE\"}]}")
                        .result("55", Long.class),
                r("subscribers", "createWithDoubleOptIn").h(MAILING_LIST_ID, 7)
                        .call("POST", "/v1/subscribers/mailinglist/7/createWithDoubleOptIn")
                        .body("{\"Email\":\"a@b.com\"}", "{\"Email\":\"a@b.com\"}").result("55", JsonNode.class),
                r("subscribers", "createQueued").h(MAILING_LIST_ID, 7)
                        .call("POST", "/subscribers/v2/mailinglist/7/queue")
                        .body(List.of(Map.of("Email", "a@b.com"), Map.of("Email", "c@d.com")),
                                "[{\"Email\":\"a@b.com\"},{\"Email\":\"c@d.com\"}]").queued(JsonNode.class),
                r("subscribers", "updateQueued").call("POST", "/v1/subscribers/queue")
                        .body("[{\"Id\":5,\"Name\":\"\"}]", "[{\"Id\":5,\"Name\":\"\"}]").queued(JsonNode.class),
                r("subscribers", "get").h(SUBSCRIBER_ID, 5).call("GET", "/v1/subscribers/id/5")
                        .result("{\"Id\":5,\"Email\":\"a@b.com\"}", Subscriber.class),
                r("subscribers", "findByEmail").call("POST", "/subscribers/v3/email").body("a@b.com", "\"a@b.com\"")
                        .list("[5,6]", Long.class),
                r("subscribers", "findByExternalId").call("POST", "/subscribers/v1/externalId")
                        .body("ext-1", "\"ext-1\"").result("[{\"Id\":5}]", JsonNode.class),
                r("subscribers", "mailingLists").h(SUBSCRIBER_ID, 5).call("GET", "/v1/subscribers/5/mailinglists")
                        .result("{\"Mailinglists\":[{\"Id\":7}]}", SubscriberMailingLists.class),
                r("subscribers", "list").call("GET", "/v1/subscribers/1/100").page(Subscriber.class),
                r("subscribers", "listByMailingList").h(MAILING_LIST_ID, 7).h(PAGE_NUMBER, 3)
                        .call("GET", "/v1/mailinglists/7/subscribers/3/100").page(Subscriber.class),
                r("subscribers", "export").call("POST", "/v1/subscribers/all")
                        .body(Map.of("AllDemographics", false), "{\"AllDemographics\":false}").queued(JsonNode.class),
                r("subscribers", "exportByFilter").h(FILTER_ID, 3).call("POST", "/v1/subscribers/all/3")
                        .queued(JsonNode.class),
                r("subscribers", "exportOrphans").call("POST", "/v1/subscribers/orphans").queued(JsonNode.class),
                r("subscribers", "bySendQueue").h(SEND_QUEUE_ID, 11).call("GET", "/subscribers/v2/sendqueueid/11")
                        .queued(JsonNode.class),
                r("subscribers", "deleteByEmail").call("DELETE", "/subscribers/v2/email")
                        .body(List.of("a@b.com"), "[\"a@b.com\"]").queued(JsonNode.class),
                r("subscribers", "deleteById").call("DELETE", "/subscribers/v2/id").body(new Long[] { 5L }, "[5]")
                        .queued(JsonNode.class),
                // optouts
                r("optouts", "list").call("GET", "/v1/optouts/global/1/100").page(OptOut.class),
                r("optouts", "listByDate").h(DATE_FROM, JAN1).h(DATE_TO, TO)
                        .call("GET", "/optouts/v2/global/" + FROM + "/" + TO + "/1/100").page(OptOut.class),
                r("optouts", "listByMailingList").h(MAILING_LIST_ID, 7).call("GET", "/v1/optouts/7/1/100")
                        .page(OptOut.class),
                r("optouts", "listBySendQueue").h(SEND_QUEUE_ID, 11).call("GET", "/v1/optouts/sendqueues/11/1/100")
                        .page(OptOut.class),
                r("optouts", "export").call("POST", "/v1/optouts/global/queued").queued(JsonNode.class),
                r("optouts", "exportByDate").h(DATE_FROM, JAN1).h(DATE_TO, TO)
                        .call("POST", "/optouts/v2/global/queued/" + FROM + "/" + TO).queued(JsonNode.class),
                r("optouts", "exportByMailingList").h(MAILING_LIST_ID, 7)
                        .call("POST", "/v1/optouts/mailinglists/7/queued").queued(JsonNode.class),
                r("optouts", "exportBySendQueue").h(SEND_QUEUE_ID, 11)
                        .call("GET", "/v1/optouts/sendqueues/11/queued").queued(JsonNode.class),
                r("optouts", "addToOptOutAll").call("POST", "/optouts/v3/global/subscribers/queued")
                        .body(List.of(Map.of("SubscriberId", 5, "Reason", "asked")),
                                "[{\"SubscriberId\":5,\"Reason\":\"asked\"}]").queued(JsonNode.class),
                r("optouts", "addToMailingList").h(MAILING_LIST_ID, 7)
                        .call("POST", "/v1/optouts/mailinglists/7/subscribers/queued")
                        .body("[{\"SubscriberId\":5,\"MailinglistId\":7}]", "[{\"SubscriberId\":5,\"MailinglistId\":7}]")
                        .queued(JsonNode.class),
                r("optouts", "removeFromMailingList").h(MAILING_LIST_ID, 7)
                        .call("DELETE", "/v1/optouts/mailinglists/7/subscribers/queued")
                        .body("a@b.com,c@d.com", "[\"a@b.com\",\"c@d.com\"]").queued(JsonNode.class),
                r("optouts", "removeFromOptOutAllByEmail").call("DELETE", "/v1/optouts/global/subscriber/email")
                        .body("a@b.com", "\"a@b.com\"").result("true", JsonNode.class),
                r("optouts", "removeFromOptOutAll").call("DELETE", "/v1/optouts/global/subscribers/queued")
                        .body(List.of(5L), "[5]").queued(JsonNode.class),
                r("optouts", "removeFromOptOutAllByEmails")
                        .call("DELETE", "/optouts/v1/global/subscribers/emails/queued")
                        .body(List.of("a@b.com"), "[\"a@b.com\"]").queued(JsonNode.class),
                // newsletters
                r("newsletters", "list").call("GET", "/newsletters/v2/1/100").page(Newsletter.class),
                r("newsletters", "listAll").call("POST", "/v1/newsletters/all").queued(List.class),
                r("newsletters", "get").h(NEWSLETTER_ID, 4).call("GET", "/v1/newsletters/4")
                        .result("{\"Id\":4,\"Subject\":\"Hi\",\"Created\":\"\\/Date(1015286583000+0800)\\/\"}",
                                Newsletter.class),
                r("newsletters", "create").call("POST", "/v1/newsletters/")
                        .body(Map.of("Name", "N", "Subject", "S"), "{\"Name\":\"N\",\"Subject\":\"S\"}")
                        .result("4", Long.class),
                r("newsletters", "update").h(NEWSLETTER_ID, 4).call("POST", "/v1/newsletters/4")
                        .body(new Newsletter().subject("S2"), "{\"Subject\":\"S2\"}").result("1", JsonNode.class),
                r("newsletters", "links").h(NEWSLETTER_ID, 4).call("GET", "/newsletters/v1/4/links")
                        .result("[{\"Url\":\"https://acme.com\"}]", JsonNode.class),
                r("newsletters", "webVersion").h(NEWSLETTER_ID, 4).call("GET", "/v1/newsletters/4/webversion")
                        .result("\"https://web.example/4\"", String.class),
                r("newsletters", "delete").h(NEWSLETTER_ID, 4).call("DELETE", "/v1/newsletters/4")
                        .result("1", JsonNode.class),
                r("newsletters", "deleteMany").call("DELETE", "/v1/newsletters/").body(List.of(4, 5), "[4,5]")
                        .queued(JsonNode.class),
                // sendqueues
                r("sendqueues", "list").call("GET", "/v1/sendqueues/page/1/size/100").page(SendQueue.class),
                r("sendqueues", "create").call("POST", "/sendqueues/v2/")
                        .body(new SendQueueRequest().newsletterId(4L).mailingListIds(List.of(7L))
                                        .sendDate(LocalDateTime.of(2024, 3, 1, 9, 0)),
                                "{\"NewsletterId\":4,\"MailingListIds\":[7],\"SendDate\":\"20240301T090000\"}")
                        .result("11", Long.class),
                r("sendqueues", "get").h(SEND_QUEUE_ID, 11).call("GET", "/sendqueues/v2/11")
                        .result("{\"Id\":11,\"NewsletterId\":4,\"Status\":\"Sent\"}", SendQueue.class),
                r("sendqueues", "delete").h(SEND_QUEUE_ID, 11).call("DELETE", "/sendqueues/v2/11")
                        .result("1", JsonNode.class),
                r("sendqueues", "byDate").h(DATE_FROM, FROM).h(DATE_TO, TO)
                        .call("GET", "/v1/sendqueues/date/from/" + FROM + "/to/" + TO)
                        .list("[{\"Id\":11}]", SendQueue.class),
                r("sendqueues", "byNewsletter").h(NEWSLETTER_ID, 4).call("GET", "/v1/sendqueues/newsletter/4")
                        .list("[{\"Id\":11}]", SendQueue.class),
                r("sendqueues", "future").call("GET", "/v1/sendqueues/future").list("[{\"Id\":12}]", SendQueue.class),
                r("sendqueues", "bySubscriber").h(SUBSCRIBER_ID, 5)
                        .call("GET", "/sendqueues/v1/sendings/subscriber/5/1/100").page(SendQueue.class),
                r("sendqueues", "opens").h(SEND_QUEUE_ID, 11).h(DATE_FROM, FROM).h(DATE_TO, TO)
                        .call("GET", "/v1/sendqueues/11/opens" + dates).queued(List.class).element(RecipientActivity.class),
                r("sendqueues", "clicks").h(SEND_QUEUE_ID, 11).call("GET", "/v1/sendqueues/11/clicks")
                        .list("[{\"SendQueueId\":11,\"SubscriberId\":5,\"Url\":\"https://acme.com\"}]",
                                RecipientActivity.class),
                r("sendqueues", "bounces").h(SEND_QUEUE_ID, 11).h(DATE_FROM, FROM).h(DATE_TO, TO)
                        .call("GET", "/v1/sendqueues/11/bounces" + dates).queued(List.class),
                r("sendqueues", "optouts").h(SEND_QUEUE_ID, 11).call("GET", "/v1/sendqueues/11/optouts")
                        .queued(List.class),
                // bounces, opens, clicks
                r("bounces", "list").call("GET", "/v1/bounces/page/1/size/100").page(RecipientActivity.class),
                r("bounces", "byDate").h(DATE_FROM, FROM).h(DATE_TO, TO)
                        .call("GET", "/v1/bounces/date/from/" + FROM + "/to/" + TO + "/page/1/size/100")
                        .page(RecipientActivity.class),
                r("bounces", "bySendQueue").h(SEND_QUEUE_ID, 11).call("GET", "/v1/bounces/sendqueues/11/page/1/size/100")
                        .page(RecipientActivity.class),
                r("bounces", "export").call("POST", "/v1/bounces/queued").queued(List.class),
                r("bounces", "exportByDate").h(DATE_FROM, FROM).h(DATE_TO, TO)
                        .call("POST", "/v1/bounces/date/from/" + FROM + "/to/" + TO).queued(List.class),
                r("bounces", "exportBySendQueues").call("POST", "/v1/bounces/sendqueues/queued")
                        .body(List.of(11, 12), "[11,12]").queued(List.class),
                r("opens", "list").h(SEND_QUEUE_ID, 11).call("GET", "/v1/opens/sendqueues/11/page/1/size/100")
                        .page(RecipientActivity.class),
                r("clicks", "list").h(SEND_QUEUE_ID, 11).call("GET", "/v1/clicks/sendqueues/11/page/1/size/100")
                        .page(RecipientActivity.class),
                // filters, folders, demographics
                r("filters", "list").call("GET", "/v1/filter/all").result("[{\"Id\":3}]", JsonNode.class),
                r("filters", "createByDemographicData").call("POST", "/filter/v2/CreateFilterByDemographicData")
                        .body(Map.of("FilterName", "Swedes", "DemographicDataName", "Country",
                                        "DemographicDataValue", "SE", "OperatorValue", 1),
                                "{\"FilterName\":\"Swedes\",\"DemographicDataName\":\"Country\","
                                + "\"DemographicDataValue\":\"SE\",\"OperatorValue\":1}").result("3", JsonNode.class),
                r("folders", "list").call("GET", "/v1/folder/all").result("[{\"Id\":1}]", JsonNode.class),
                r("folders", "create").call("POST", "/v1/folder/")
                        .body(Map.of("FolderName", "F", "FolderType", "Content"),
                                "{\"FolderName\":\"F\",\"FolderType\":\"Content\"}").result("2", JsonNode.class),
                r("demographics", "list").call("GET", "/accounts/v2/demographics")
                        .result("{\"Demographics\":[{\"Key\":\"Country\"}]}", JsonNode.class),
                r("demographics", "loginUrl").call("GET", "/v1/accounts/login/url")
                        .result("\"https://login.example\"", String.class),
                // imports
                r("imports", "csv").call("POST", "/import/v4/csv")
                        .body(Map.of("MailingListId", 7, "Url", "https://files.example/a.csv", "HasHeader", true,
                                        "OperationMode", "Sync"),
                                "{\"MailingListId\":7,\"Url\":\"https://files.example/a.csv\",\"HasHeader\":true,"
                                + "\"OperationMode\":\"Sync\"}").result("\"imp-1\"", JsonNode.class),
                r("imports", "xml").h(MAILING_LIST_ID, 7).h(USE_DEMOGRAPHIC_MAPPING, true)
                        .call("POST", "/v1/import/mailinglist/7/demographicmapping/true")
                        .body(Map.of("XmlData", "<Subscribers/>"), "{\"XmlData\":\"<Subscribers/>\"}")
                        .result("\"imp-2\"", JsonNode.class),
                r("imports", "status").h(IMPORT_ID, "imp-1").call("GET", "/import/v2/imp-1/status")
                        .result("{\"State\":\"Done\"}", JsonNode.class),
                r("imports", "results").h(IMPORT_ID, "imp-1").call("GET", "/import/v2/imp-1/results")
                        .result("{}", JsonNode.class),
                r("imports", "invalidEmails").h(IMPORT_ID, "imp-1").call("GET", "/import/v2/imp-1/invalidemails")
                        .result("[]", JsonNode.class),
                r("imports", "ignoredDuplicates").h(IMPORT_ID, "imp-1")
                        .call("GET", "/import/v2/imp-1/ignoredduplicates").result("[]", JsonNode.class),
                r("imports", "recipientsOnOptOutAll").h(IMPORT_ID, "imp-1")
                        .call("GET", "/import/v2/imp-1/recipientsonoptoutall").result("[]", JsonNode.class),
                r("imports", "recipientsOnOptOutList").h(IMPORT_ID, "imp-1")
                        .call("GET", "/import/v2/imp-1/recipientsonoptoutlist").result("[]", JsonNode.class),
                // transactional
                r("transactional", "projects").call("GET", "/v1/transactional/projects")
                        .result("[{\"Id\":3}]", JsonNode.class),
                r("transactional", "sendEmail").h(PROJECT_ID, 3).h(SEND_DATE, LocalDateTime.of(2024, 3, 1, 9, 0))
                        .h(ALLOW_INACTIVE_PROJECTS, true)
                        .call("POST", "/v1/transactional/projects/3/sendEmail?sendDate=20240301T090000"
                                      + "&allowInactiveProjects=true")
                        .body(Map.of("Email", "a@b.com", "SendingType", "t", "DDHtml", "<b>x</b>"),
                                "{\"Email\":\"a@b.com\",\"SendingType\":\"t\",\"DDHtml\":\"<b>x</b>\"}")
                        .result("\"t-1\"", JsonNode.class),
                r("transactional", "result").h(TRANSACTION_ID, "t-1").h(INCLUDE_DEMOGRAPHIC_DATA, false)
                        .call("GET", "/v1/transactional/t-1/result?includeDemographicData=false")
                        .result("{\"Status\":\"Sent\"}", JsonNode.class),
                r("transactional", "opens").h(PROJECT_ID, 3).h(DATE_FROM, FROM).h(DATE_TO, TO)
                        .call("GET", "/v1/transactional/projects/3/opens" + dates).result("[]", JsonNode.class),
                r("transactional", "clicks").h(PROJECT_ID, 3).call("GET", "/v1/transactional/projects/3/clicks")
                        .result("[]", JsonNode.class),
                r("transactional", "bounces").h(PROJECT_ID, 3).h(DATE_FROM, FROM)
                        .call("GET", "/v1/transactional/projects/3/bounces?dateFrom=" + FROM)
                        .result("[]", JsonNode.class),
                // sms
                r("sms", "send").call("POST", "/sms/v2/")
                        .body(Map.of("Message", "Hi", "CountryCode", "46", "PhoneNumber", "701234567"),
                                "{\"Message\":\"Hi\",\"CountryCode\":\"46\",\"PhoneNumber\":\"701234567\"}")
                        .result("1", JsonNode.class),
                r("sms", "sendToMailingLists").call("POST", "/v1/sms/send")
                        .body(Map.of("SmsMessageId", 2, "MailingListIds", List.of(7), "SendDate", "20240301T090000"),
                                "{\"SmsMessageId\":2,\"MailingListIds\":[7],\"SendDate\":\"20240301T090000\"}")
                        .result("13", JsonNode.class),
                r("sms", "messages").call("GET", "/v1/sms/messages").result("[]", JsonNode.class),
                r("sms", "createMessage").call("POST", "/v1/sms/messages")
                        .body(Map.of("Name", "Promo", "Text", "Hi"), "{\"Name\":\"Promo\",\"Text\":\"Hi\"}")
                        .result("2", JsonNode.class),
                r("sms", "credits").call("GET", "/sms/v2/credits").result("100", JsonNode.class),
                r("sms", "recipients").h(SEND_QUEUE_ID, 11).call("GET", "/sms/v2/recipients/11")
                        .result("[]", JsonNode.class),
                r("sms", "incoming").h(TO_NUMBER, "+46701234567").h(DATE_FROM, FROM).h(DATE_TO, TO)
                        .call("GET", "/sms/v2/incoming-sms-messages?to-number=%2B46701234567&from=" + FROM + "&to=" + TO)
                        .result("[]", JsonNode.class),
                // events
                r("events", "list").call("GET", "/event/v1/all").result("[]", JsonNode.class),
                r("events", "statuses").h(EVENT_ID, "e1").call("GET", "/event/v1/statuses/e1/queued")
                        .queued(JsonNode.class),
                r("events", "sessions").call("POST", "/event/v2/sessions")
                        .body(Map.of("StartTime", FROM, "ExcludeDisabled", true),
                                "{\"StartTime\":\"" + FROM + "\",\"ExcludeDisabled\":true}").result("[]", JsonNode.class),
                r("events", "eventSessions").h(EVENT_ID, "e1").call("GET", "/event/v2/e1/sessions")
                        .result("[]", JsonNode.class),
                r("events", "registrationFormControls").h(EVENT_ID, "e1")
                        .call("GET", "/event/v2/e1/registrationForm/controls").result("[]", JsonNode.class),
                r("events", "optionsDataCategories").h(EVENT_ID, "e1")
                        .call("GET", "/event/v2/e1/optionsdatacategories").result("[]", JsonNode.class),
                r("events", "attendees").call("POST", "/event/v2/attendees")
                        .body(Map.of("EventId", "e1", "AttendeeStatus", "Registered"),
                                "{\"EventId\":\"e1\",\"AttendeeStatus\":\"Registered\"}").result("[]", JsonNode.class),
                r("events", "addAttendee").h(EVENT_ID, "e1").h(SESSION_ID, "s1")
                        .call("POST", "/event/v2/e1/session/s1/attendee")
                        .body("{\"Attendee\":{\"ControlValues\":[{\"Id\":\"c1\",\"Value\":\"Ann\"}],\"Status\":\"Registered\"},"
                              + "\"NumberOfAnonymousGuests\":0}",
                                "{\"Attendee\":{\"ControlValues\":[{\"Id\":\"c1\",\"Value\":\"Ann\"}],\"Status\":\"Registered\"},"
                                + "\"NumberOfAnonymousGuests\":0}").result("\"a1\"", JsonNode.class),
                r("events", "registerAttendee").h(EVENT_ID, "e1").h(SESSION_ID, "s1")
                        .call("POST", "/event/v2/e1/session/s1/register")
                        .body("{\"Attendee\":{\"Status\":\"WaitingList\"}}", "{\"Attendee\":{\"Status\":\"WaitingList\"}}")
                        .result("\"a2\"", JsonNode.class),
                r("events", "findAttendeeByEmail").h(EVENT_ID, "e1").h(SESSION_ID, "s1")
                        .call("POST", "/event/v2/e1/session/s1/attendee/email/").body("a@b.com", "\"a@b.com\"")
                        .result("{\"Id\":\"a1\"}", JsonNode.class),
                r("events", "updateAttendee").h(EVENT_ID, "e1").h(SESSION_ID, "s1").h(ATTENDEE_ID, "a1")
                        .call("PUT", "/event/v2/e1/session/s1/attendee/a1")
                        .body(Map.of("Status", "CheckedIn"), "{\"Status\":\"CheckedIn\"}").result("1", JsonNode.class),
                r("events", "updateAttendeeStatus").h(EVENT_ID, "e1").h(ATTENDEE_ID, "a1")
                        .call("PUT", "/event/v2/e1/attendee/a1/status").body("CheckedIn", "\"CheckedIn\"")
                        .result("1", JsonNode.class),
                // request
                r("request", "call").h(HTTP_METHOD, "GET").h(PATH, "/v1/folder/all").call("GET", "/v1/folder/all")
                        .result("[]", JsonNode.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void sendsTheDocumentedRequestAndTypesTheResult(Row row) {
        String pollUrl = wm.baseUrl() + "/files/op-1.json";
        String dataUrl = wm.baseUrl() + "/files/op-1-data.json";
        String result = row.queued ? "{\"OperationGuid\":\"op-1\",\"PollURL\":\"" + pollUrl + "\"}" : row.result;
        wm.stubFor(request(row.method, urlEqualTo(row.url)).willReturn(okJson(envelope(result))));
        if (row.queued) {
            wm.stubFor(get("/files/op-1.json").willReturn(okJson("{\"State\":\"2\",\"StateName\":\"Completed\","
                                                                 + "\"DataUrl\":\"" + dataUrl + "\"}")));
            wm.stubFor(get("/files/op-1-data.json").willReturn(okJson("[{\"SendQueueId\":11,\"SubscriberId\":5}]")));
        }

        Exchange out = template.request(uri(row.resource, "&operation=" + row.operation), e -> {
            e.getMessage().setHeaders(new LinkedHashMap<>(row.headers));
            e.getMessage().setBody(row.body);
        });

        assertThat(out.getException()).as("no failure").isNull();
        RequestPatternBuilder pattern = new RequestPatternBuilder(RequestMethod.fromString(row.method), urlEqualTo(row.url));
        List<LoggedRequest> sent = wm.findAll(pattern);
        assertThat(sent).as(row.method + " " + row.url).hasSize(1);
        LoggedRequest request = sent.get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo(BASIC);
        if (row.expectedBody == null) {
            assertThat(request.getBodyAsString()).as("no body").isEmpty();
        } else {
            assertThat(request.getHeader("Content-Type")).startsWith("application/json");
            assertThat(wm.findAll(pattern.withRequestBody(equalToJson(row.expectedBody)))).as("body").hasSize(1);
        }
        Object body = out.getMessage().getBody();
        assertThat(body).isInstanceOf(row.type);
        if (row.queued) {
            assertThat(out.getMessage().getHeader(OPERATION_GUID)).isEqualTo("op-1");
            assertThat(wm.findAll(getRequestedFor(urlEqualTo("/files/op-1-data.json")))).hasSize(1);
        }
        Object first = body instanceof List<?> l ? l.get(0) : body instanceof ApsisPage<?> p ? p.getItems().get(0) : null;
        if (row.element != null) {
            assertThat(first).isInstanceOf(row.element);
        }
    }

    @Test
    void everyOperationHasARow() {
        Set<String> tested = rows().map(Row::toString).collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = ApsisOperations.TABLE.resources().stream()
                .flatMap(r -> r.operations().stream().map(op -> r.name() + "." + op.name()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(tested).isEqualTo(all);
    }

    @Test
    void pageItemsCarryTheirMicrosoftDates() {
        wm.stubFor(get("/v1/mailinglists/1/100").willReturn(okJson(envelope(PAGE))));
        ApsisPage<?> page = template.requestBody(uri("mailinglists", ""), null, ApsisPage.class);
        MailingList list = (MailingList) page.getItems().get(0);
        assertThat(list.getCreated()).isEqualTo(java.time.OffsetDateTime.parse("2002-03-05T08:03:03+08:00"));
    }
}
