package io.github.camelmartech.apsis;

import java.util.List;

import io.github.camelmartech.apsis.ApsisMethod.Paging;
import io.github.camelmartech.apsis.model.Newsletter;

import static io.github.camelmartech.apsis.ApsisMethod.delete;
import static io.github.camelmartech.apsis.ApsisMethod.get;
import static io.github.camelmartech.apsis.ApsisMethod.post;

/** The {@code newsletters} resource (NewsletterService). */
final class NewsletterMethods {

    static final String RESOURCE = "newsletters";
    static final String DEFAULT = "list";

    private NewsletterMethods() {
    }

    static List<ApsisMethod> methods() {
        return List.of(
                get("list", "/newsletters/v2").paged(Paging.SLASH, Newsletter.class),
                // direct in one client, queued in another: both are handled
                post("listAll", "/v1/newsletters/all").read().returnsList(Newsletter.class),
                get("get", "/v1/newsletters/{newsletterId}").returns(Newsletter.class),
                post("create", "/v1/newsletters/").model(Newsletter.class, NewsletterMethods::check).returns(Long.class),
                post("update", "/v1/newsletters/{newsletterId}").model(Newsletter.class),
                get("links", "/newsletters/v1/{newsletterId}/links"),
                get("webVersion", "/v1/newsletters/{newsletterId}/webversion").returns(String.class),
                delete("delete", "/v1/newsletters/{newsletterId}"),
                delete("deleteMany", "/v1/newsletters/").array("newsletterIds", Long.class, 1000).unique());
    }

    private static void check(Newsletter newsletter) {
        ApsisValidation.required("Name", newsletter.getName());
    }
}
