package io.github.camelmartech.getresponse;

import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.getresponse.model.Account;
import io.github.camelmartech.getresponse.model.Autoresponder;
import io.github.camelmartech.getresponse.model.BatchContact;
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
import io.github.camelmartech.getresponse.model.FromField;
import io.github.camelmartech.getresponse.model.MessageStatistics;
import io.github.camelmartech.getresponse.model.Newsletter;
import io.github.camelmartech.getresponse.model.SearchContact;
import io.github.camelmartech.getresponse.model.SendDraft;
import io.github.camelmartech.getresponse.model.Tag;
import io.github.camelmartech.getresponse.model.TagRef;
import io.github.camelmartech.support.component.MarTechHeaders;
import io.github.camelmartech.support.component.Operation;
import io.github.camelmartech.support.component.Operations;
import io.github.camelmartech.support.component.RequestOperation;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;

import static io.github.camelmartech.getresponse.GetResponseValidation.atMost;
import static io.github.camelmartech.getresponse.GetResponseValidation.email;
import static io.github.camelmartech.getresponse.GetResponseValidation.matches;
import static io.github.camelmartech.getresponse.GetResponseValidation.notEmpty;
import static io.github.camelmartech.getresponse.GetResponseValidation.oneOf;
import static io.github.camelmartech.getresponse.GetResponseValidation.required;

/** The operations of each GetResponse resource, with the checks GetResponse documents for their bodies. */
final class GetResponseOperations {

    static final int MAX_BATCH = 1000;
    static final Set<String> CALLBACK_ACTIONS = Set.of("subscribe", "unsubscribe", "open", "click", "goal", "survey");
    private static final Pattern CAMPAIGN_NAME = Pattern.compile("^[^/\\\\@\\[\\]]{3,64}$");
    private static final Pattern TAG_NAME = Pattern.compile("^[_a-zA-Z0-9]{2,64}$");
    private static final Pattern CUSTOM_FIELD_NAME = Pattern.compile("^[a-z0-9_]{1,32}$");
    private static final Set<String> CUSTOM_FIELD_TYPES = Set.of("text", "textarea", "radio", "checkbox",
            "single_select", "multi_select", "number", "date", "datetime", "country", "currency", "phone", "gender",
            "ip", "url");
    private static final Set<String> NEWSLETTER_TYPES = Set.of("broadcast", "draft");
    private static final Set<String> AUTORESPONDER_STATUSES = Set.of("enabled", "disabled");

    private final GetResponseConfiguration configuration;
    private final GetResponseCalls calls;
    private final MarTechHeaders headers;

    GetResponseOperations(GetResponseConfiguration configuration, MarTechHeaders headers) {
        this.configuration = configuration;
        this.calls = new GetResponseCalls(configuration);
        this.headers = headers;
    }

    Operations forResource(String resource) {
        return switch (resource) {
            case "contacts" -> contacts();
            case "campaigns" -> crud(resource, "/campaigns", "campaignId", Campaign.class, this::checkCampaign, false)
                    .add("contacts", calls.list("/campaigns/{campaignId}/contacts", Contact.class)).build();
            case "custom-fields" -> crud(resource, "/custom-fields", "customFieldId", CustomField.class,
                    GetResponseOperations::checkCustomField, true).build();
            case "tags" -> crud(resource, "/tags", "tagId", Tag.class, GetResponseOperations::checkTag, true).build();
            case "from-fields" -> fromFields();
            case "newsletters" -> newsletters();
            case "autoresponders" -> crud(resource, "/autoresponders", "autoresponderId", Autoresponder.class,
                    GetResponseOperations::checkAutoresponder, true)
                    .add("statistics", statistics("/autoresponders")).build();
            case "imports" -> collection(resource, "/imports", "importId", ContactImport.class)
                    .add("create", calls.create("/imports", ContactImport.class, GetResponseOperations::checkImport))
                    .build();
            case "search-contacts" -> searchContacts();
            case "accounts" -> Operations.forResource(resource)
                    .addDefault("get", calls.get("/accounts", Account.class)).build();
            case "callbacks" -> Operations.forResource(resource)
                    .addDefault("get", calls.get("/accounts/callbacks", CallbackSettings.class))
                    .add("set", calls.post("/accounts/callbacks", CallbackSettings.class,
                            GetResponseOperations::checkCallback, CallbackSettings.class, true))
                    .add("disable", calls.delete("/accounts/callbacks")).build();
            case "request" -> Operations.forResource(resource)
                    .addDefault("call", new RequestOperation(configuration, headers))
                    .add("listAll", requestListAll()).build();
            default -> throw new MarTechInvalidInputException("resource", "must be one of "
                                                                          + GetResponseConfiguration.RESOURCES);
        };
    }

    /** list (default), listAll and get of a collection. */
    private <T> Operations.Builder collection(String resource, String path, String idName, Class<T> type) {
        return Operations.forResource(resource)
                .addDefault("list", calls.list(path, type))
                .add("listAll", calls.listAll(path, type))
                .add("get", calls.get(path + "/{" + idName + "}", type));
    }

    /** The collection operations plus create, update and, where GetResponse allows it, delete. */
    private <T> Operations.Builder crud(String resource, String path, String idName, Class<T> type,
                                        GetResponseCalls.Check<T> check, boolean deletable) {
        String item = path + "/{" + idName + "}";
        Operations.Builder ops = collection(resource, path, idName, type)
                .add("create", calls.create(path, type, check))
                .add("update", calls.update(item, type, body -> {
                }));
        return deletable ? ops.add("delete", calls.delete(item)) : ops;
    }

    private Operations contacts() {
        return crud("contacts", "/contacts", "contactId", Contact.class, c -> {
        }, true)
                // POST /contacts is queued (202, no id): overrides the create of crud
                .add("create", calls.accepted("/contacts", Contact.class, this::checkNewContact, Contact::getEmail))
                .add("update", calls.update("/contacts/{contactId}", Contact.class, GetResponseOperations::checkContactUpdate))
                .add("batchCreate", calls.accepted("/contacts/batch", ContactBatch.class, this::checkBatch,
                        b -> b.getContacts().size() + " contacts"))
                .add("upsertTags", calls.post("/contacts/{contactId}/tags", ContactTags.class,
                        GetResponseOperations::checkTags, Contact.class, true))
                .add("upsertCustomFields", calls.post("/contacts/{contactId}/custom-fields", ContactCustomFields.class,
                        GetResponseOperations::checkCustomFieldValues, Contact.class, true))
                .add("activities", calls.list("/contacts/{contactId}/activities", ContactActivity.class))
                .build();
    }

    private Operations fromFields() {
        return collection("from-fields", "/from-fields", "fromFieldId", FromField.class)
                .add("create", calls.create("/from-fields", FromField.class, f -> {
                    email("email", f.getEmail());
                    required("name", f.getName());
                }))
                .add("delete", calls.delete("/from-fields/{fromFieldId}"))
                .add("setDefault", calls.action("/from-fields/{fromFieldId}/default", FromField.class, true))
                .build();
    }

    private Operations newsletters() {
        return collection("newsletters", "/newsletters", "newsletterId", Newsletter.class)
                .add("create", calls.create("/newsletters", Newsletter.class, GetResponseOperations::checkNewsletter))
                .add("sendDraft", calls.post("/newsletters/send-draft", SendDraft.class, d -> {
                    required("messageId", d.getMessageId());
                    if (d.getSendSettings() == null || d.getSendSettings().isEmpty()) {
                        throw new MarTechInvalidInputException("sendSettings", "is required: who receives the draft");
                    }
                }, Newsletter.class, false))
                .add("cancel", calls.action("/newsletters/{newsletterId}/cancel", Newsletter.class, false))
                .add("delete", calls.delete("/newsletters/{newsletterId}"))
                .add("statistics", statistics("/newsletters"))
                .add("activities", calls.list("/newsletters/{newsletterId}/activities", ContactActivity.class))
                .build();
    }

    private Operations searchContacts() {
        return crud("search-contacts", "/search-contacts", "searchContactId", SearchContact.class, s -> {
            required("name", s.getName());
            notEmpty("section", s.getSection());
        }, true)
                .add("contacts", calls.list("/search-contacts/{searchContactId}/contacts", Contact.class))
                .add("search", calls.postList("/search-contacts/contacts", SearchContact.class,
                        s -> notEmpty("section", s.getSection()), Contact.class))
                .add("upsertCustomFields", calls.accepted("/search-contacts/{searchContactId}/custom-fields",
                        ContactCustomFields.class, GetResponseOperations::checkCustomFieldValues,
                        f -> f.getCustomFieldValues().size() + " custom field values"))
                .build();
    }

    /** Statistics of one message (with an id) or of all of them. */
    private Operation statistics(String path) {
        Operation one = calls.list(path + "/{id}/statistics", MessageStatistics.class);
        Operation all = calls.list(path + "/statistics", MessageStatistics.class);
        return (exchange, client) -> (calls.id(exchange) != null ? one : all).invoke(exchange, client);
    }

    /** Any GET collection, every page, as JSON trees. */
    private Operation requestListAll() {
        return (exchange, client) -> {
            String path = exchange.getMessage().getHeader(GetResponseConstants.PATH, configuration.getPath(), String.class);
            if (path == null || !path.startsWith("/")) {
                throw new MarTechInvalidInputException("path", "is required and must start with / (relative to baseUrl)");
            }
            exchange.getMessage().setBody(calls.walk(client, ApiRequest.link("GET", path).build(), exchange,
                    JsonNode.class));
        };
    }

    private void checkNewContact(Contact c) {
        email("email", c.getEmail());
        if (c.getCampaign() == null && configuration.getCampaignId() != null) {
            CampaignRef campaign = new CampaignRef();
            campaign.setCampaignId(configuration.getCampaignId());
            c.setCampaign(campaign);
        }
        required("campaign.campaignId", c.getCampaign() == null ? null : c.getCampaign().getCampaignId());
        checkContactUpdate(c);
    }

    private static void checkContactUpdate(Contact c) {
        if (c.getEmail() != null) {
            email("email", c.getEmail());
        }
        if (c.getDayOfCycle() != null && !c.getDayOfCycle().matches("\\d{1,4}")) {
            throw new MarTechInvalidInputException("dayOfCycle", "must be a whole number from 0 to 9999");
        }
        if (c.getTags() != null) {
            checkTagRefs(c.getTags());
        }
        if (c.getCustomFieldValues() != null) {
            checkValues(c.getCustomFieldValues());
        }
    }

    private void checkBatch(ContactBatch b) {
        if (b.getCampaignId() == null) {
            b.setCampaignId(configuration.getCampaignId());
        }
        required("campaignId", b.getCampaignId());
        notEmpty("contacts", b.getContacts());
        atMost("contacts", b.getContacts(), MAX_BATCH);
        for (int i = 0; i < b.getContacts().size(); i++) {
            BatchContact c = b.getContacts().get(i);
            email("contacts[" + i + "].email", c == null ? null : c.getEmail());
            if (c.getCustomFieldValues() != null) {
                checkValues(c.getCustomFieldValues());
            }
        }
    }

    private static void checkTags(ContactTags t) {
        checkTagRefs(notEmpty("tags", t.getTags()));
    }

    private static void checkTagRefs(java.util.List<TagRef> tags) {
        for (int i = 0; i < tags.size(); i++) {
            required("tags[" + i + "].tagId", tags.get(i) == null ? null : tags.get(i).getTagId());
        }
    }

    private static void checkCustomFieldValues(ContactCustomFields f) {
        checkValues(notEmpty("customFieldValues", f.getCustomFieldValues()));
    }

    private static void checkValues(java.util.List<CustomFieldValue> values) {
        for (int i = 0; i < values.size(); i++) {
            CustomFieldValue v = values.get(i);
            required("customFieldValues[" + i + "].customFieldId", v == null ? null : v.getCustomFieldId());
            notEmpty("customFieldValues[" + i + "].value", v.getValue());
        }
    }

    private void checkCampaign(Campaign c) {
        required("name", c.getName());
        matches("name", c.getName(), CAMPAIGN_NAME, "must be 3-64 characters without / \\ @ [ ]");
    }

    private static void checkCustomField(CustomField f) {
        required("name", f.getName());
        matches("name", f.getName(), CUSTOM_FIELD_NAME, "must be lowercase letters, digits and _ (at most 32)");
        required("type", f.getType());
        oneOf("type", f.getType(), CUSTOM_FIELD_TYPES);
        oneOf("format", f.getFormat(), CUSTOM_FIELD_TYPES);
        if (f.getHidden() == null) {
            f.setHidden("false");
        }
        oneOf("hidden", f.getHidden(), Set.of("true", "false"));
        if (Set.of("radio", "checkbox", "single_select", "multi_select").contains(f.getType())) {
            notEmpty("values", f.getValues());
        }
    }

    private static void checkTag(Tag t) {
        required("name", t.getName());
        matches("name", t.getName(), TAG_NAME, "must be 2-64 letters, digits or _");
    }

    private static void checkNewsletter(Newsletter n) {
        required("subject", n.getSubject());
        required("campaign.campaignId", n.getCampaign() == null ? null : n.getCampaign().getCampaignId());
        required("fromField.fromFieldId", n.getFromField() == null ? null : n.getFromField().getFromFieldId());
        if (n.getContent() == null || isBlank(n.getContent().getHtml()) && isBlank(n.getContent().getPlain())) {
            throw new MarTechInvalidInputException("content", "needs html, plain or both");
        }
        oneOf("type", n.getType(), NEWSLETTER_TYPES);
    }

    private static void checkAutoresponder(Autoresponder a) {
        required("subject", a.getSubject());
        required("campaignId", a.getCampaignId());
        required("status", a.getStatus());
        oneOf("status", a.getStatus(), AUTORESPONDER_STATUSES);
        if (a.getTriggerSettings() == null || a.getTriggerSettings().isEmpty()) {
            throw new MarTechInvalidInputException("triggerSettings", "is required (e.g. type onday and dayOfCycle)");
        }
    }

    private static void checkImport(ContactImport i) {
        required("campaignId", i.getCampaignId());
        if (i.getFieldMapping() == null || !i.getFieldMapping().contains("email")) {
            throw new MarTechInvalidInputException("fieldMapping", "must map a column to email");
        }
        notEmpty("contacts", i.getContacts());
        for (int r = 0; r < i.getContacts().size(); r++) {
            java.util.List<String> row = i.getContacts().get(r);
            if (row == null || row.size() != i.getFieldMapping().size()) {
                throw new MarTechInvalidInputException("contacts[" + r + "]", "must have one value per fieldMapping"
                                                                              + " column (" + i.getFieldMapping().size() + ")");
            }
        }
    }

    static void checkCallback(CallbackSettings s) {
        required("url", s.getUrl());
        if (!s.getUrl().matches("(?i)^https?://\\S+$")) {
            throw new MarTechInvalidInputException("url", "must be an absolute http(s) URL");
        }
        if (s.getActions() == null || !s.getActions().containsValue(Boolean.TRUE)) {
            throw new MarTechInvalidInputException("actions", "must enable at least one of " + CALLBACK_ACTIONS);
        }
        s.getActions().keySet().forEach(a -> oneOf("actions." + a, a, CALLBACK_ACTIONS));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
