package io.github.camelmartech.getresponse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import io.github.camelmartech.getresponse.model.Autoresponder;
import io.github.camelmartech.getresponse.model.Campaign;
import io.github.camelmartech.getresponse.model.Contact;
import io.github.camelmartech.getresponse.model.ContactImport;
import io.github.camelmartech.getresponse.model.CustomField;
import io.github.camelmartech.getresponse.model.FromField;
import io.github.camelmartech.getresponse.model.Newsletter;
import io.github.camelmartech.getresponse.model.SearchContact;
import io.github.camelmartech.getresponse.model.Tag;
import io.github.camelmartech.support.consumer.PolledCollection;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.MarTechHttpClient;
import io.github.camelmartech.support.paging.PageWalker;

/**
 * A GetResponse collection as a polling consumer walks it, page by page through {@code TotalPages}. Where
 * GetResponse sorts by a date ({@code sort[createdOn]=ASC}), only-new mode follows that date as watermark and, where
 * it also filters by it (contacts, newsletters), asks only for items from the watermark on
 * ({@code query[createdOn][from]}); other collections are only-new by id.
 */
final class GetResponseCollection<T> implements PolledCollection<T> {

    private static final DateTimeFormatter QUERY_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    private final MarTechHttpClient client;
    private final ApiRequest collection;
    private final Function<T, String> id;
    private final Class<T> type;
    private final String sortField;
    private final boolean filterByDate;
    private final Function<T, OffsetDateTime> date;
    private final GetResponseConfiguration configuration;

    private GetResponseCollection(MarTechHttpClient client, ApiRequest collection, Class<T> type, Function<T, String> id,
                                  String sortField, boolean filterByDate, Function<T, OffsetDateTime> date,
                                  GetResponseConfiguration configuration) {
        this.client = client;
        this.collection = collection;
        this.type = type;
        this.id = id;
        this.sortField = sortField;
        this.filterByDate = filterByDate;
        this.date = date;
        this.configuration = configuration;
        if (configuration.getPageSize() > 0) {
            GetResponseQuery.checkPerPage("pageSize", configuration.getPageSize());
        }
    }

    static GetResponseCollection<?> of(String resource, MarTechHttpClient client, GetResponseConfiguration c) {
        return switch (resource) {
            case "contacts" -> contacts(client, c);
            case "campaigns" -> new GetResponseCollection<>(client, get("/campaigns"), Campaign.class,
                    Campaign::getCampaignId, "createdOn", false, Campaign::getCreatedOn, c);
            case "newsletters" -> new GetResponseCollection<>(client, get("/newsletters"), Newsletter.class,
                    Newsletter::getNewsletterId, "createdOn", true, Newsletter::getCreatedOn, c);
            case "custom-fields" -> byId(client, "/custom-fields", CustomField.class, CustomField::getCustomFieldId, c);
            case "tags" -> byId(client, "/tags", Tag.class, Tag::getTagId, c);
            case "from-fields" -> byId(client, "/from-fields", FromField.class, FromField::getFromFieldId, c);
            case "autoresponders" -> byId(client, "/autoresponders", Autoresponder.class,
                    Autoresponder::getAutoresponderId, c);
            case "imports" -> byId(client, "/imports", ContactImport.class, ContactImport::getImportId, c);
            case "search-contacts" -> byId(client, "/search-contacts", SearchContact.class,
                    SearchContact::getSearchContactId, c);
            default -> throw new MarTechInvalidInputException("resource", "cannot be polled: contacts, campaigns,"
                    + " newsletters, custom-fields, tags, from-fields, autoresponders, imports and search-contacts can;"
                    + " callbacks arrive through webhook:getresponse:callbacks");
        };
    }

    private static GetResponseCollection<Contact> contacts(MarTechHttpClient client, GetResponseConfiguration c) {
        String field = c.getWatermarkField() == null ? "createdOn" : c.getWatermarkField();
        Function<Contact, OffsetDateTime> date = switch (field) {
            case "createdOn" -> Contact::getCreatedOn;
            // a contact never changed has no changedOn: its creation is its last change
            case "changedOn" -> ct -> ct.getChangedOn() != null ? ct.getChangedOn() : ct.getCreatedOn();
            default -> throw new MarTechInvalidInputException("watermarkField", "must be createdOn or changedOn");
        };
        ApiRequest.Builder request = ApiRequest.get("/contacts");
        if (c.getCampaignId() != null && !c.getCampaignId().isBlank()) {
            request.query("query[campaignId]", c.getCampaignId());
        }
        return new GetResponseCollection<>(client, request.build(), Contact.class, Contact::getContactId, field, true,
                date, c);
    }

    private static <T> GetResponseCollection<T> byId(MarTechHttpClient client, String path, Class<T> type,
                                                     Function<T, String> id, GetResponseConfiguration c) {
        return new GetResponseCollection<>(client, get(path), type, id, null, false, null, c);
    }

    private static ApiRequest get(String path) {
        return ApiRequest.get(path).build();
    }

    @Override
    public Iterator<List<T>> pages(Instant since) {
        ApiRequest.Builder request = collection.toBuilder();
        if (hasWatermark() && configuration.isOnlyNew()) {
            request.setQuery("sort[" + sortField + "]", "ASC");
            if (filterByDate && since != null) {
                request.setQuery("query[" + sortField + "][from]", QUERY_DATE.format(since.atOffset(ZoneOffset.UTC)));
            }
        }
        return new PageWalker<>(client, GetResponsePaging.PAGINATOR, request.build(), configuration.getPageSize(),
                configuration.getMaxPages(), io.github.camelmartech.support.paging.ItemType.of(type)).pageItems();
    }

    @Override
    public String idOf(T item) {
        return id.apply(item);
    }

    @Override
    public Instant watermarkOf(T item) {
        OffsetDateTime value = date == null ? null : date.apply(item);
        return value == null ? null : value.toInstant();
    }

    @Override
    public boolean hasWatermark() {
        return sortField != null;
    }
}
