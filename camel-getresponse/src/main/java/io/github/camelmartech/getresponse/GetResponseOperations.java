package io.github.camelmartech.getresponse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.getresponse.GetResponseApiOperations.DocumentOperation;
import io.github.camelmartech.getresponse.GetResponseApiOperations.DocumentResource;
import io.github.camelmartech.getresponse.model.Accepted;
import io.github.camelmartech.getresponse.model.Account;
import io.github.camelmartech.getresponse.model.Autoresponder;
import io.github.camelmartech.getresponse.model.CallbackSettings;
import io.github.camelmartech.getresponse.model.Campaign;
import io.github.camelmartech.getresponse.model.CampaignRef;
import io.github.camelmartech.getresponse.model.Contact;
import io.github.camelmartech.getresponse.model.ContactActivity;
import io.github.camelmartech.getresponse.model.ContactBatch;
import io.github.camelmartech.getresponse.model.ContactCustomFields;
import io.github.camelmartech.getresponse.model.ContactImport;
import io.github.camelmartech.getresponse.model.ContactTags;
import io.github.camelmartech.getresponse.model.CustomField;
import io.github.camelmartech.getresponse.model.CustomFieldValue;
import io.github.camelmartech.getresponse.model.Deleted;
import io.github.camelmartech.getresponse.model.FromField;
import io.github.camelmartech.getresponse.model.MessageStatistics;
import io.github.camelmartech.getresponse.model.Newsletter;
import io.github.camelmartech.getresponse.model.SearchContact;
import io.github.camelmartech.getresponse.model.SendDraft;
import io.github.camelmartech.getresponse.model.Tag;
import io.github.camelmartech.getresponse.model.TagRef;
import io.github.camelmartech.support.operation.ApiOperation;
import io.github.camelmartech.support.operation.Checker;
import io.github.camelmartech.support.operation.OperationCall;
import io.github.camelmartech.support.operation.OperationRunner;
import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.operation.Poll;
import io.github.camelmartech.support.operation.RequestResource;
import io.github.camelmartech.support.operation.Resource;
import io.github.camelmartech.support.operation.Rule;
import io.github.camelmartech.support.operation.Value;
import io.github.camelmartech.support.paging.ItemType;

import static io.github.camelmartech.getresponse.GetResponseConstants.ID;
import static io.github.camelmartech.getresponse.GetResponseDocument.call;
import static io.github.camelmartech.getresponse.GetResponseDocument.PAGINATOR;
import static io.github.camelmartech.getresponse.GetResponseDocument.pagingHeaders;
import static io.github.camelmartech.support.json.MarTechJson.listOf;

/**
 * GetResponse API v3 as a table: every operation of GetResponse's OpenAPI document under its operationId
 * ({@link GetResponseDocument}), and, on the core resources, the friendly operations the component has always had
 * ({@code list}, {@code listAll}, {@code get}, {@code create}, {@code update}, {@code delete}, ...) on the same calls,
 * with typed models and the checks GetResponse documents for their bodies; {@code callbacks} (the account's callback,
 * also the webhook) and {@code request}.
 */
final class GetResponseOperations {

    /** The friendly operation names that are not also operationIds (the catalog's operation enum adds them). */
    static final String FRIENDLY = "activities,batchCreate,call,cancel,contacts,create,delete,disable,get,list,listAll,"
                                   + "search,set,setDefault,statistics,update,upsertCustomFields";
    /** The resources besides the document's (the catalog's resource enum adds them). */
    static final String OTHER_RESOURCES = "callbacks,request";

    static final int MAX_BATCH = 1000;
    static final Set<String> CALLBACK_ACTIONS = Set.of("subscribe", "unsubscribe", "open", "click", "goal", "survey");
    private static final Set<String> CUSTOM_FIELD_TYPES = Set.of("text", "textarea", "radio", "checkbox",
            "single_select", "multi_select", "number", "date", "datetime", "country", "currency", "phone", "gender",
            "ip", "url");
    private static final Set<String> CHOICE_TYPES = Set.of("radio", "checkbox", "single_select", "multi_select");
    private static final Rule NOT_EMPTY = Rule.notEmpty();
    private static final Rule EMAIL = Rule.required().and(Rule.email());

    private static final Map<String, DocumentOperation> DOCUMENT = GetResponseApiOperations.resources().stream()
            .flatMap(r -> r.operations().stream()).collect(Collectors.toMap(DocumentOperation::operationId, d -> d));

    static final OperationTable TABLE = table();

    private GetResponseOperations() {
    }

    private static OperationTable table() {
        Map<String, Resource.Builder> friendly = Map.of("contacts", contacts(), "campaigns", campaigns(),
                "custom-fields", customFields(), "tags", tags(), "from-fields", fromFields(),
                "newsletters", newsletters(), "autoresponders", autoresponders(), "imports", imports(),
                "search-contacts", searchContacts(), "accounts", Resource.named("accounts").defaultOperation(
                        get(doc("getAccount"), Account.class).description("The account.")));
        OperationTable.Builder table = OperationTable.vendor("GetResponse")
                .queryReader(GetResponseDocument.QUERY_READER);
        for (DocumentResource resource : GetResponseApiOperations.resources()) {
            table.resource(resource(resource, friendly.get(resource.name())));
        }
        return table.resource(callbacks()).resource(RequestResource.of(PAGINATOR, null, "listAll")).build();
    }

    /**
     * A resource of the document: its friendly operations first (the first is the default), then every document
     * operation a friendly one does not already stand for; each paged collection read is polled.
     */
    private static Resource.Builder resource(DocumentResource document, Resource.Builder friendly) {
        Resource.Builder resource = friendly != null ? friendly : Resource.named(document.name());
        resource.description(document.description());
        for (DocumentOperation d : document.operations()) {
            if (resource.has(d.operationId())) {
                continue; // a friendly operation is this one, typed
            }
            ApiOperation.Builder<?> op = GetResponseDocument.operation(d);
            if (!resource.hasDefault() && d.method().equals("GET") && d.path().equals("/" + document.name())) {
                resource.defaultOperation(op);
            } else {
                resource.operation(op);
            }
            if (d.paged() && d.read()) {
                resource.poll(GetResponseDocument.poll(d));
            }
        }
        return resource;
    }

    private static DocumentOperation doc(String operationId) {
        DocumentOperation d = DOCUMENT.get(operationId);
        if (d == null) {
            throw new IllegalStateException("GetResponse's document has no operation " + operationId);
        }
        return d;
    }

    // --- the friendly operations of the core resources

    private static Resource.Builder contacts() {
        // watermarkField chooses what only-new follows: a contact never changed has its creation as its last change
        Poll<Contact> byChange = contactsBy("changedOn",
                c -> c.getChangedOn() != null ? c.getChangedOn() : c.getCreatedOn());
        return collection(contactsBy("createdOn", Contact::getCreatedOn).when("watermarkField", "createdOn")
                .orWhen("watermarkField", "changedOn", byChange), "getContactList", "getContactById", Contact.class)
                .operation(accepted("create", doc("createContact"), Contact.class,
                        GetResponseOperations::checkNewContact, body -> body.path("email").asText())
                        .defaults(GetResponseOperations::campaignFromOption))
                .operation(update("update", doc("updateContact"), Contact.class, Contact.class,
                        GetResponseOperations::checkContact))
                .operation(delete(doc("deleteContact")))
                .operation(accepted("batchCreate", doc("createBatchContacts"), ContactBatch.class,
                        GetResponseOperations::checkBatch, body -> body.path("contacts").size() + " contacts")
                        .defaults((call, batch) -> call.fill("campaignId", batch.getCampaignId(),
                                call.fromOption("campaignId"), s -> batch.setCampaignId(s.text()))))
                .operation(update("upsertTags", doc("upsertTags"), ContactTags.class, Contact.class,
                        (c, t) -> checkTags(c.field("tags", t.getTags(), NOT_EMPTY), t.getTags())))
                .operation(update("upsertCustomFields", doc("upsertContactCustoms"), ContactCustomFields.class,
                        Contact.class, GetResponseOperations::checkValues))
                .operation(list("activities", doc("getActivities"), ContactActivity.class));
    }

    /** The contacts consumer: of the campaignId option's campaign when set, only-new by a date. */
    private static Poll<Contact> contactsBy(String field, Function<Contact, OffsetDateTime> date) {
        return byDate(Contact.class, Contact::getContactId, date, field, true)
                .query("query[campaignId]", Value.option("campaignId"));
    }

    private static Resource.Builder campaigns() {
        return collection(byDate(Campaign.class, Campaign::getCampaignId, Campaign::getCreatedOn, "createdOn", false),
                "getCampaignList", "getCampaign", Campaign.class)
                .operation(create(doc("createCampaign"), Campaign.class, (c, campaign) -> c.field("name",
                        campaign.getName(), Rule.required(),
                        Rule.pattern("[^/\\\\@\\[\\]]{3,64}", "must be 3-64 characters without / \\ @ [ ]"))))
                .operation(update("update", doc("updateCampaign"), Campaign.class, Campaign.class,
                        (c, campaign) -> { }))
                .operation(list("contacts", doc("getContactsFromCampaign"), Contact.class));
    }

    private static Resource.Builder customFields() {
        return crud("getCustomFieldList", "getCustomFieldById", "createCustomField", "updateCustomField",
                "deleteCustomField", CustomField.class, CustomField::getCustomFieldId, (call, f) -> {
                    if (f.getHidden() == null) {
                        f.setHidden("false");
                    }
                }, (c, f) -> c
                        .field("name", f.getName(), Rule.required(), Rule.pattern("[a-z0-9_]{1,32}",
                                "must be lowercase letters, digits and _ (at most 32)"))
                        .field("type", f.getType(), Rule.required(), Rule.oneOf(CUSTOM_FIELD_TYPES))
                        .field("format", f.getFormat(), Rule.oneOf(CUSTOM_FIELD_TYPES))
                        .field("hidden", f.getHidden(), Rule.oneOf("true", "false"))
                        .field("values", f.getValues(), CHOICE_TYPES.contains(f.getType()) ? NOT_EMPTY : v -> null));
    }

    private static Resource.Builder tags() {
        return crud("getTagsList", "getTagById", "createTag", "updateTag", "deleteTag", Tag.class, Tag::getTagId, null,
                (c, t) -> c.field("name", t.getName(), Rule.required(),
                        Rule.pattern("[_a-zA-Z0-9]{2,64}", "must be 2-64 letters, digits or _")));
    }

    private static Resource.Builder fromFields() {
        return collection(byId(FromField.class, FromField::getFromFieldId), "getFromFieldList", "getFromFieldById",
                FromField.class)
                .operation(create(doc("createFromField"), FromField.class,
                        (c, f) -> c.field("email", f.getEmail(), EMAIL).field("name", f.getName(), Rule.required())))
                .operation(delete(doc("deleteFromField")))
                .operation(call("setDefault", doc("setFromFieldAsDefault")).idempotent().result(FromField.class)
                        .description("Makes it the default from address; the result is the `FromField`."));
    }

    private static Resource.Builder newsletters() {
        return collection(byDate(Newsletter.class, Newsletter::getNewsletterId, Newsletter::getCreatedOn, "createdOn",
                true), "getNewsletterList", "getNewsletter", Newsletter.class)
                .operation(create(doc("createNewsletter"), Newsletter.class, GetResponseOperations::checkNewsletter))
                .operation(call("sendDraft", doc("sendDraft")).body(SendDraft.class).result(Newsletter.class)
                        .check((c, d) -> c.field("messageId", d.getMessageId(), Rule.required())
                                .field("sendSettings", d.getSendSettings(),
                                        NOT_EMPTY.saying("is required: who receives the draft")))
                        .description("Sends a draft message; the result is the `Newsletter`."))
                .operation(call("cancel", doc("cancelMessageSend")).result(Newsletter.class)
                        .description("Cancels a scheduled send; the result is the `Newsletter`."))
                .operation(delete(doc("deleteNewsletter")))
                .operation(statistics(doc("getNewsletterStatisticsCollection"), doc("getSingleNewsletterStatistics")))
                .operation(list("activities", doc("getNewsletterActivities"), ContactActivity.class));
    }

    private static Resource.Builder autoresponders() {
        return crud("getAutoresponderList", "getAutoresponder", "createAutoresponder", "updateAutoresponder",
                "deleteAutoresponder", Autoresponder.class, Autoresponder::getAutoresponderId, null, (c, a) -> c
                        .field("subject", a.getSubject(), Rule.required())
                        .field("campaignId", a.getCampaignId(), Rule.required())
                        .field("status", a.getStatus(), Rule.required(), Rule.oneOf("enabled", "disabled"))
                        .field("triggerSettings", a.getTriggerSettings(),
                                NOT_EMPTY.saying("is required (e.g. type onday and dayOfCycle)")))
                .operation(statistics(doc("getAutoresponderStatisticsCollection"),
                        doc("getSingleAutoresponderStatistics")));
    }

    private static Resource.Builder imports() {
        return collection(byId(ContactImport.class, ContactImport::getImportId), "getImportList", "getImportById",
                ContactImport.class)
                .operation(create(doc("createImport"), ContactImport.class, GetResponseOperations::checkImport));
    }

    private static Resource.Builder searchContacts() {
        return crud("getSearchContactsList", "getSearchContactsById", "newSearchContacts",
                "updateSearchContacts", "deleteSearchContacts", SearchContact.class, SearchContact::getSearchContactId, null,
                (c, s) -> c.field("name", s.getName(), Rule.required()).field("section", s.getSection(), NOT_EMPTY))
                .operation(list("contacts", doc("getContactsByIdSearchContacts"), Contact.class))
                .operation(pagingHeaders(call("search", doc("getContactsFromSearchContactsConditions"))
                        .body(SearchContact.class).check((c, s) -> c.field("section", s.getSection(), NOT_EMPTY))
                        .idempotent().result(listOf(Contact.class))
                        .description("Contacts matching ad-hoc conditions, one page as `List<Contact>`, paging"
                                     + " headers.")))
                .operation(accepted("upsertCustomFields", doc("upsertCustomFieldsBySearchContactId"),
                        ContactCustomFields.class, GetResponseOperations::checkValues,
                        body -> body.path("customFieldValues").size() + " custom field values"));
    }

    /** The account's one callback: also what webhook:getresponse:callbacks registers. */
    private static Resource.Builder callbacks() {
        return Resource.named("callbacks").description("The account's callback (also the webhook consumer).")
                .defaultOperation(get(doc("getCallbacks"), CallbackSettings.class))
                .operation(update("set", doc("updateCallbacks"), CallbackSettings.class, CallbackSettings.class,
                        GetResponseOperations::checkCallback)
                        .description("Points the callback at a URL for the actions enabled."))
                .operation(call("disable", doc("disableCallbacks")).emptyResult(r -> new Deleted(r.status(), null))
                        .description("Disables the callback; the result is `Deleted`."));
    }

    // --- the shapes of the friendly operations

    /** One page (page and perPage from the query, else pageSize), with GetResponse's totals as headers. */
    private static ApiOperation.Builder<Void> list(String name, DocumentOperation d, Class<?> items) {
        return pagingHeaders(call(name, d).result(listOf(items)).emptyResult(r -> List.of()))
                .description("One page as `List<" + items.getSimpleName() + ">` (page and perPage from the query, else"
                             + " pageSize), with the paging headers.");
    }

    /** Every page, up to maxPages. */
    private static ApiOperation.Builder<Void> listAll(DocumentOperation d, Class<?> items) {
        return GetResponseDocument.pages(call("listAll", d), ItemType.of(items))
                .description("Every page (up to maxPages) as `List<" + items.getSimpleName() + ">`.");
    }

    /** One item. */
    private static ApiOperation.Builder<Void> get(DocumentOperation d, Class<?> type) {
        return call("get", d).result(type).description("One `" + type.getSimpleName() + "`.");
    }

    /** A create: never repeated once it may have reached GetResponse. */
    private static <B> ApiOperation.Builder<B> create(DocumentOperation d, Class<B> type, ApiOperation.Check<B> check) {
        return call("create", d).body(type).check(check).notIdempotent().result(type)
                .description("Creates one; the result is the `" + type.getSimpleName() + "`.");
    }

    /** An update ({@code POST /collection/{id}}): sending the same one twice changes nothing more. */
    private static <B> ApiOperation.Builder<B> update(String name, DocumentOperation d, Class<B> type, Class<?> result,
                                                      ApiOperation.Check<B> check) {
        return call(name, d).body(type).check(check).idempotent().result(result)
                .description("The result is the `" + result.getSimpleName() + "` as GetResponse answers it.");
    }

    /** A delete (204): the result says what was deleted. */
    private static ApiOperation.Builder<Void> delete(DocumentOperation d) {
        return call("delete", d).emptyResult(r -> new Deleted(r.status(), r.request().lastSegment()))
                .description("The result is `Deleted` (204).");
    }

    /** A write GetResponse queues and answers 202 with no body: accepted, nothing more. */
    private static <B> ApiOperation.Builder<B> accepted(String name, DocumentOperation d, Class<B> type,
                                                        ApiOperation.Check<B> check, Function<JsonNode, String> what) {
        // what was queued is read back from the request body just sent: the answer has nothing else to say
        return call(name, d).body(type).check(check).notIdempotent()
                .emptyResult(r -> new Accepted(r.status(), what.apply(r.request().json())))
                .description("Queued by GetResponse (202, no id): the result is `Accepted`.");
    }

    /** Statistics of one message when an id is given, else of all of them; one page. */
    private static ApiOperation.Builder<Void> statistics(DocumentOperation all, DocumentOperation one) {
        ApiOperation<?> ofAll = list("statistics", all, MessageStatistics.class).build();
        ApiOperation<?> ofOne = list("statistics", one, MessageStatistics.class).build();
        String header = GetResponsePathHeaders.of(one.pathParameters().get(0));
        return ApiOperation.custom("statistics", call -> OperationRunner.run(
                present(call, header) ? ofOne : ofAll, call.exchange(), call.endpoint()))
                .description("Statistics of the message of " + header + ", CamelGetResponseId or option id; of all"
                             + " messages without one (" + all.path() + ").");
    }

    /** list, listAll, get, create (defaults, then checks), update and delete of a collection polled by id. */
    private static <T> Resource.Builder crud(String list, String get, String create, String update, String delete,
                                             Class<T> type, Function<T, String> key, ApiOperation.Defaults<T> defaults,
                                             ApiOperation.Check<T> check) {
        ApiOperation.Builder<T> creates = create(doc(create), type, check);
        return collection(byId(type, key), list, get, type).operation(defaults == null ? creates
                : creates.defaults(defaults)).operation(update("update", doc(update), type, type, (c, body) -> { }))
                .operation(delete(doc(delete)));
    }

    /** The resource of a polled collection with its list (the default), listAll and get. */
    private static Resource.Builder collection(Poll<?> poll, String list, String get, Class<?> type) {
        DocumentOperation d = doc(list);
        return Resource.named(d.path().substring(1)).poll(poll).defaultOperation(list("list", d, type))
                .operation(listAll(d, type)).operation(get(doc(get), type));
    }

    /** A collection without a date order: only-new by id. */
    private static <T> Poll<T> byId(Class<T> type, Function<T, String> key) {
        return Poll.of("list", PAGINATOR, type).key(key).headers((m, item) -> m.setHeader(ID, key.apply(item)));
    }

    /** A collection GetResponse sorts by a date: oldest first, from the cursor on where it also filters by it. */
    private static <T> Poll<T> byDate(Class<T> type, Function<T, String> key, Function<T, OffsetDateTime> date,
                                      String field, boolean filtered) {
        return byId(type, key).watermark(item -> date.apply(item) == null ? null : date.apply(item).toInstant())
                .onlyNew(GetResponseDocument.since(field, filtered));
    }

    // --- the checks GetResponse documents for the friendly operations' bodies

    private static void checkNewContact(Checker c, Contact contact) {
        checkContact(c.field("email", contact.getEmail(), EMAIL)
                .field("campaign.campaignId", contact.getCampaign() == null ? null : contact.getCampaign().getCampaignId(),
                        Rule.required()), contact);
    }

    private static void checkContact(Checker c, Contact contact) {
        c.field("email", contact.getEmail(), Rule.email())
                .field("dayOfCycle", contact.getDayOfCycle(), Rule.pattern("\\d{1,4}", "must be a whole number from 0 to 9999"));
        checkTags(c, contact.getTags());
        checkValues(c, contact.getCustomFieldValues());
    }

    private static void checkTags(Checker c, List<TagRef> tags) {
        c.each("tags", tags, (each, tag) -> each.field("tagId", tag.getTagId(), Rule.required()));
    }

    private static void checkValues(Checker c, ContactCustomFields fields) {
        checkValues(c.field("customFieldValues", fields.getCustomFieldValues(), NOT_EMPTY), fields.getCustomFieldValues());
    }

    private static void checkValues(Checker c, List<CustomFieldValue> values) {
        c.each("customFieldValues", values, (each, v) -> each.field("customFieldId", v.getCustomFieldId(), Rule.required())
                .field("value", v.getValue(), NOT_EMPTY));
    }

    private static void checkBatch(Checker c, ContactBatch batch) {
        c.field("campaignId", batch.getCampaignId(), Rule.required())
                .field("contacts", batch.getContacts(), NOT_EMPTY, Rule.length(0, MAX_BATCH))
                .each("contacts", batch.getContacts(), (each, contact) -> {
                    each.field("email", contact.getEmail(), EMAIL);
                    checkValues(each, contact.getCustomFieldValues());
                });
    }

    private static void checkNewsletter(Checker c, Newsletter n) {
        c.field("subject", n.getSubject(), Rule.required())
                .field("campaign.campaignId", n.getCampaign() == null ? null : n.getCampaign().getCampaignId(), Rule.required())
                .field("fromField.fromFieldId", n.getFromField() == null ? null : n.getFromField().getFromFieldId(),
                        Rule.required())
                .field("content", n.getContent() == null ? null : n.getContent().getHtml() != null
                        && !n.getContent().getHtml().isBlank() ? "html" : n.getContent().getPlain(),
                        Rule.required().saying("needs html, plain or both"))
                .field("type", n.getType(), Rule.oneOf("broadcast", "draft"));
    }

    private static void checkImport(Checker c, ContactImport i) {
        List<String> mapping = i.getFieldMapping();
        c.field("campaignId", i.getCampaignId(), Rule.required())
                .field("fieldMapping", mapping, v -> mapping != null && mapping.contains("email") ? null
                        : "must map a column to email")
                .field("contacts", i.getContacts(), NOT_EMPTY);
        for (int r = 0; r < i.getContacts().size(); r++) {
            c.field("contacts[" + r + "]", i.getContacts().get(r), row -> row instanceof List<?> l
                    && l.size() == mapping.size() ? null
                    : "must have one value per fieldMapping column (" + mapping.size() + ")");
        }
    }

    static void checkCallback(Checker c, CallbackSettings s) {
        c.field("url", s.getUrl(), Rule.required(), Rule.pattern("(?i)https?://\\S+", "must be an absolute http(s) URL"))
                .field("actions", s.getActions(), v -> s.getActions() != null && s.getActions().containsValue(Boolean.TRUE)
                        ? null : "must enable at least one of " + new java.util.TreeSet<>(CALLBACK_ACTIONS));
        s.getActions().keySet().forEach(a -> c.field("actions." + a, a, Rule.oneOf(CALLBACK_ACTIONS)));
    }

    // --- helpers

    /** Fills the contact's campaign from the campaignId option when the body has none. */
    private static void campaignFromOption(OperationCall call, Contact contact) {
        call.fill("campaign.campaignId", contact.getCampaign(), call.fromOption("campaignId"), s -> {
            CampaignRef campaign = new CampaignRef();
            campaign.setCampaignId(s.text());
            contact.setCampaign(campaign);
        });
    }

    private static boolean present(OperationCall call, String header) {
        return call.in().getHeader(header) != null || call.in().getHeader(ID) != null || call.option("id") != null;
    }
}
