package io.github.camelmartech.apsis;

import java.util.List;

import io.github.camelmartech.apsis.ApsisMethod.Paging;
import io.github.camelmartech.apsis.model.ExportRequest;
import io.github.camelmartech.apsis.model.Subscriber;
import io.github.camelmartech.apsis.model.SubscriberMailingLists;

import static io.github.camelmartech.apsis.ApsisMethod.delete;
import static io.github.camelmartech.apsis.ApsisMethod.get;
import static io.github.camelmartech.apsis.ApsisMethod.post;

/** The {@code subscribers} resource (SubscriberService). */
final class SubscriberMethods {

    static final String RESOURCE = "subscribers";
    static final String DEFAULT = "create";

    private SubscriberMethods() {
    }

    static List<ApsisMethod> methods() {
        return List.of(
                post("create", "/v1/subscribers/mailinglist/{mailingListId}/create")
                        .model(Subscriber.class, SubscriberMethods::checkNew).query("updateIfExists").returns(Long.class),
                post("createWithDoubleOptIn", "/v1/subscribers/mailinglist/{mailingListId}/createWithDoubleOptIn")
                        .model(Subscriber.class, SubscriberMethods::checkNew),
                post("createQueued", "/subscribers/v2/mailinglist/{mailingListId}/queue")
                        .array("subscribers", Subscriber.class, 10, SubscriberMethods::checkNew),
                // UpdateSubscribers: an omitted field is kept, an empty one cleared
                post("updateQueued", "/v1/subscribers/queue").array("subscribers", Subscriber.class, 100,
                        s -> ApsisValidation.required("Id", s.getId())),
                get("get", "/v1/subscribers/id/{subscriberId}").returns(Subscriber.class),
                post("findByEmail", "/subscribers/v3/email")
                        .string("email", e -> ApsisValidation.email("email", e)).read().returnsList(Long.class),
                post("findByExternalId", "/subscribers/v1/externalId").string("externalId", e -> { }).read(),
                get("mailingLists", "/v1/subscribers/{subscriberId}/mailinglists").returns(SubscriberMailingLists.class),
                get("list", "/v1/subscribers").paged(Paging.SLASH, Subscriber.class),
                post("export", "/v1/subscribers/all").optionalModel(ExportRequest.class).read(),
                post("exportByFilter", "/v1/subscribers/all/{filterId}").optionalModel(ExportRequest.class).read(),
                post("exportOrphans", "/v1/subscribers/orphans").optionalModel(ExportRequest.class).read(),
                get("bySendQueue", "/subscribers/v2/sendqueueid/{sendQueueId}"),
                delete("deleteByEmail", "/subscribers/v2/email")
                        .array("emails", String.class, 1000, e -> ApsisValidation.email("emails[]", e)).unique(),
                delete("deleteById", "/subscribers/v2/id").array("subscriberIds", Long.class, 1000).unique());
    }

    private static void checkNew(Subscriber subscriber) {
        ApsisValidation.email("Email", subscriber.getEmail());
        if (subscriber.getDemDataFields() != null && subscriber.getDemDataFields().size() > 100) {
            throw new io.github.camelmartech.support.error.MarTechInvalidInputException("DemDataFields",
                    "must hold at most 100 fields");
        }
    }
}
