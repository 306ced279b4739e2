package io.github.camelmartech.apsis;

import java.util.List;
import java.util.Set;

import io.github.camelmartech.apsis.model.Attachment;
import io.github.camelmartech.apsis.model.TransactionalEmail;
import io.github.camelmartech.support.error.MarTechInvalidInputException;

import static io.github.camelmartech.apsis.ApsisMethod.get;
import static io.github.camelmartech.apsis.ApsisMethod.post;

/** The {@code transactional} resource (TransactionalService): projects, sends and their results. */
final class TransactionalMethods {

    static final String RESOURCE = "transactional";
    static final String DEFAULT = "sendEmail";
    private static final Set<String> SENDING_TYPES = Set.of("t", "m");
    private static final long MAX_ATTACHMENT_BYTES = 1024 * 1024;

    private TransactionalMethods() {
    }

    static List<ApsisMethod> methods() {
        return List.of(
                get("projects", "/v1/transactional/projects"),
                post("sendEmail", "/v1/transactional/projects/{projectId}/sendEmail")
                        .model(TransactionalEmail.class, TransactionalMethods::check)
                        .query("sendDate").query("allowInactiveProjects"),
                get("result", "/v1/transactional/{transactionId}/result").query("includeDemographicData"),
                activity("opens"), activity("clicks"), activity("bounces"));
    }

    private static ApsisMethod activity(String kind) {
        return get(kind, "/v1/transactional/projects/{projectId}/" + kind).query("dateFrom").query("dateTo");
    }

    private static void check(TransactionalEmail email) {
        ApsisValidation.email("Email", email.getEmail());
        ApsisValidation.oneOf("SendingType", email.getSendingType(), SENDING_TYPES, false);
        if (email.getAttachments() != null) {
            long bytes = 0;
            for (Attachment a : email.getAttachments()) {
                ApsisValidation.required("Attachments[].Name", a.getName());
                bytes += a.getContent() == null ? 0 : a.getContent().length() * 3L / 4;
            }
            if (bytes > MAX_ATTACHMENT_BYTES) {
                throw new MarTechInvalidInputException("Attachments", "must total at most 1 MB");
            }
        }
    }
}
