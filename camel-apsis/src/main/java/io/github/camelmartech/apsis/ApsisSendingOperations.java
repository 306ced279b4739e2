package io.github.camelmartech.apsis;

import io.github.camelmartech.apsis.model.Attachment;
import io.github.camelmartech.apsis.model.Newsletter;
import io.github.camelmartech.apsis.model.RecipientActivity;
import io.github.camelmartech.apsis.model.SendQueue;
import io.github.camelmartech.apsis.model.SendQueueRequest;
import io.github.camelmartech.apsis.model.SmsMessageRequest;
import io.github.camelmartech.apsis.model.SmsRequest;
import io.github.camelmartech.apsis.model.SmsSendRequest;
import io.github.camelmartech.apsis.model.TransactionalEmail;
import io.github.camelmartech.support.operation.ApiOperation;
import io.github.camelmartech.support.operation.Body;
import io.github.camelmartech.support.operation.Checker;
import io.github.camelmartech.support.operation.Resource;
import io.github.camelmartech.support.operation.Rule;
import io.github.camelmartech.support.operation.Value;

import static io.github.camelmartech.apsis.ApsisConstants.ALLOW_INACTIVE_PROJECTS;
import static io.github.camelmartech.apsis.ApsisConstants.INCLUDE_DEMOGRAPHIC_DATA;
import static io.github.camelmartech.apsis.ApsisConstants.SEND_DATE;
import static io.github.camelmartech.apsis.ApsisConstants.TO_NUMBER;
import static io.github.camelmartech.apsis.ApsisValues.EMAIL;
import static io.github.camelmartech.apsis.ApsisValues.FROM;
import static io.github.camelmartech.apsis.ApsisValues.TO;
import static io.github.camelmartech.apsis.ApsisValues.date;
import static io.github.camelmartech.apsis.ApsisValues.ids;
import static io.github.camelmartech.apsis.ApsisValues.page;
import static io.github.camelmartech.support.json.MarTechJson.listOf;
import static io.github.camelmartech.support.operation.ApiOperation.delete;
import static io.github.camelmartech.support.operation.ApiOperation.get;
import static io.github.camelmartech.support.operation.ApiOperation.post;

/**
 * What APSIS Pro sends, as tables: {@code newsletters} (NewsletterService), {@code sendqueues} (SendingService),
 * their statistics {@code bounces}, {@code opens}, {@code clicks} (BounceService, OpenService, ClickService),
 * {@code transactional} (TransactionalService) and {@code sms} (SmsService).
 */
final class ApsisSendingOperations {

    private static final Rule SENDING_TYPE = Rule.oneOf("t", "m");
    private static final long MAX_ATTACHMENT_BYTES = 1024 * 1024;
    /** Attachments are base64: three bytes for every four characters. */
    private static final Rule ATTACHMENTS_SIZE = v -> v instanceof java.util.List<?> list && list.stream()
            .mapToLong(a -> ((Attachment) a).getContent() == null ? 0 : ((Attachment) a).getContent().length() * 3L / 4)
            .sum() > MAX_ATTACHMENT_BYTES ? "must total at most 1 MB" : null;

    private ApsisSendingOperations() {
    }

    static Resource.Builder newsletters() {
        return Resource.named("newsletters").description("Newsletters (the content of sendings).")
                .defaultOperation(page("list", "/newsletters/v2/{pageNumber}/{pageSize}", Newsletter.class))
                // direct in one client, queued in another: both are handled
                .operation(post("listAll", "/v1/newsletters/all").idempotent().result(listOf(Newsletter.class))
                        .description("Every newsletter as List<Newsletter>."))
                .operation(get("get", "/v1/newsletters/{newsletterId}")
                        .result(Newsletter.class).description("One newsletter."))
                .operation(post("create", "/v1/newsletters/").body(Newsletter.class)
                        .check((c, n) -> c.field("Name", n.getName(), Rule.required())).result(Long.class)
                        .description("Creates a newsletter; the result is its id (Long)."))
                .operation(post("update", "/v1/newsletters/{newsletterId}")
                        .body(Newsletter.class).description("Updates the fields the body sets."))
                .operation(get("links", "/newsletters/v1/{newsletterId}/links")
                        .description("The links of a newsletter."))
                .operation(get("webVersion", "/v1/newsletters/{newsletterId}/webversion")
                        .result(String.class).description("The URL of its web version (String)."))
                .operation(delete("delete", "/v1/newsletters/{newsletterId}").description("Deletes one newsletter."))
                .operation(delete("deleteMany", "/v1/newsletters/").body(Body.arrayOf(Long.class))
                        .check(ids("newsletterIds")).description("Deletes 1-1000 newsletters (queued)."));
    }

    static Resource.Builder sendQueues() {
        String pages = "/v1/sendqueues";
        return Resource.named("sendqueues").description("Sendings of newsletters and their per-sending activity.")
                .defaultOperation(page("list", pages + "/page/{pageNumber}/size/{pageSize}", SendQueue.class))
                .operation(post("create", "/sendqueues/v2/").body(SendQueueRequest.class)
                        .check((c, s) -> c.field("NewsletterId", s.getNewsletterId(), Rule.required())
                                .field("MailingListIds", s.getMailingListIds(), Rule.required())
                                .field("FromEmail", s.getFromEmail(), Rule.email())
                                .field("CampaignId", s.getCampaignId(), Rule.length(0, 50)))
                        .result(Long.class).description("Sends a newsletter; the result is the sending's id (Long)."))
                .operation(get("get", "/sendqueues/v2/{sendQueueId}")
                        .result(SendQueue.class).description("One sending."))
                .operation(delete("delete", "/sendqueues/v2/{sendQueueId}").description("Deletes a sending."))
                // from and to, as the Ruby client sends them (the PHP client passes from twice)
                .operation(get("byDate", pages + "/date/from/{dateFrom}/to/{dateTo}")
                        .result(listOf(SendQueue.class)).description("Sendings of a date interval."))
                .operation(get("byNewsletter", pages + "/newsletter/{newsletterId}")
                        .result(listOf(SendQueue.class)).description("Sendings of a newsletter."))
                .operation(get("future", pages + "/future").result(listOf(SendQueue.class))
                        .description("Sendings still to come."))
                .operation(page("bySubscriber", "/sendqueues/v1/sendings/subscriber/{subscriberId}/{pageNumber}/{pageSize}",
                        SendQueue.class))
                .operation(activity("opens")).operation(activity("clicks")).operation(activity("bounces"))
                // the PHP client's getOptOuts wrongly hits /opens
                .operation(activity("optouts"));
    }

    /** Queued in one client, direct in another: either way the activity rows of one sending. */
    private static ApiOperation.Builder<Void> activity(String kind) {
        return get(kind, "/v1/sendqueues/{sendQueueId}/" + kind)
                .query("dateFrom", FROM).query("dateTo", TO).result(listOf(RecipientActivity.class))
                .description("The " + kind + " of a sending as List<RecipientActivity>.");
    }

    static Resource.Builder bounces() {
        String all = "/v1/bounces";
        return Resource.named("bounces").description("Bounces of the account or of a sending.")
                .defaultOperation(page("list", all + "/page/{pageNumber}/size/{pageSize}", RecipientActivity.class))
                .operation(page("byDate", all + "/date/from/{dateFrom}/to/{dateTo}/page/{pageNumber}/size/{pageSize}",
                        RecipientActivity.class))
                .operation(page("bySendQueue", all + "/sendqueues/{sendQueueId}/page/{pageNumber}/size/{pageSize}",
                        RecipientActivity.class))
                .operation(post("export", all + "/queued").idempotent().result(listOf(RecipientActivity.class))
                        .description("Every bounce (queued)."))
                .operation(post("exportByDate", all + "/date/from/{dateFrom}/to/{dateTo}").idempotent()
                        .result(listOf(RecipientActivity.class)).description("Bounces of a date interval (queued)."))
                .operation(post("exportBySendQueues", all + "/sendqueues/queued").body(Body.arrayOf(Long.class))
                        .check(ids("sendQueueIds")).idempotent()
                        .result(listOf(RecipientActivity.class)).description("Bounces of 1-1000 sendings (queued)."));
    }

    /** Opens or clicks: only per sending. */
    static Resource.Builder perSending(String kind) {
        return Resource.named(kind).description("The " + kind + " of a sending.")
                .defaultOperation(page("list", "/v1/" + kind + "/sendqueues/{sendQueueId}/page/{pageNumber}/size/{pageSize}",
                        RecipientActivity.class));
    }

    static Resource.Builder transactional() {
        String project = "/v1/transactional/projects/{projectId}";
        return Resource.named("transactional").description("Transactional email: projects, sends and their results.")
                .operation(get("projects", "/v1/transactional/projects").description("The transactional projects."))
                .defaultOperation(post("sendEmail", project + "/sendEmail").query("sendDate", date(SEND_DATE))
                        .query("allowInactiveProjects", Value.header(ALLOW_INACTIVE_PROJECTS))
                        .body(TransactionalEmail.class).check(ApsisSendingOperations::checkEmail)
                        .description("Sends an email of the project; the result is its transaction id."))
                .operation(get("result", "/v1/transactional/{transactionId}/result")
                        .query("includeDemographicData", Value.header(INCLUDE_DEMOGRAPHIC_DATA))
                        .description("What became of a transactional email."))
                .operation(projectActivity("opens")).operation(projectActivity("clicks"))
                .operation(projectActivity("bounces"));
    }

    private static ApiOperation.Builder<Void> projectActivity(String kind) {
        return get(kind, "/v1/transactional/projects/{projectId}/" + kind)
                .query("dateFrom", FROM).query("dateTo", TO).description("The " + kind + " of a project's emails.");
    }

    static Resource.Builder sms() {
        return Resource.named("sms").description("SMS to numbers and mailing lists, credits, replies.")
                .defaultOperation(post("send", "/sms/v2/").body(SmsRequest.class)
                        .check((c, s) -> c.field("Message", s.getMessage(), Rule.required())
                                .field("PhoneNumber", s.getPhoneNumber(), Rule.required()))
                        .description("Sends one SMS."))
                .operation(post("sendToMailingLists", "/v1/sms/send").body(SmsSendRequest.class)
                        .check((c, s) -> c.field("SmsMessageId", s.getSmsMessageId(), Rule.required())
                                .field("MailingListIds", s.getMailingListIds(), Rule.required())
                                .field("CampaignId", s.getCampaignId(), Rule.length(0, 50)))
                        .description("Sends a stored SMS message to mailing lists."))
                .operation(get("messages", "/v1/sms/messages").description("The stored SMS messages."))
                .operation(post("createMessage", "/v1/sms/messages").body(SmsMessageRequest.class)
                        .check((c, m) -> c.field("Name", m.getName(), Rule.required())
                                .field("Text", m.getText(), Rule.required()))
                        .description("Stores an SMS message."))
                .operation(get("credits", "/sms/v2/credits").description("The SMS credits left."))
                .operation(get("recipients", "/sms/v2/recipients/{sendQueueId}")
                        .description("The recipients of an SMS sending."))
                .operation(get("incoming", "/sms/v2/incoming-sms-messages").query("to-number", Value.header(TO_NUMBER))
                        .query("from", FROM).query("to", TO).description("Replies received on a number."));
    }

    private static void checkEmail(Checker c, TransactionalEmail email) {
        c.field("Email", email.getEmail(), EMAIL).field("SendingType", email.getSendingType(), SENDING_TYPE)
                .field("Attachments", email.getAttachments(), ATTACHMENTS_SIZE)
                .each("Attachments", email.getAttachments(), (e, a) -> e.field("Name", a.getName(), Rule.required()));
    }
}
