package io.github.camelmartech.apsis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.camelmartech.apsis.model.CsvImport;
import io.github.camelmartech.apsis.model.XmlImport;

import static io.github.camelmartech.apsis.ApsisMethod.get;
import static io.github.camelmartech.apsis.ApsisMethod.post;

/** The {@code imports} resource (ImportService): CSV imports APSIS fetches from a URL, XML batches, results. */
final class ImportMethods {

    static final String RESOURCE = "imports";
    static final String DEFAULT = "status";
    private static final Set<String> MODES = Set.of("Import", "Sync");
    private static final int MAX_XML_BYTES = 5 * 1024 * 1024;

    private ImportMethods() {
    }

    static List<ApsisMethod> methods() {
        List<ApsisMethod> methods = new ArrayList<>(List.of(
                post("csv", "/import/v4/csv").model(CsvImport.class, ImportMethods::check),
                post("xml", "/v1/import/mailinglist/{mailingListId}/demographicmapping/{useDemographicMapping}")
                        .model(XmlImport.class, x -> {
                            ApsisValidation.required("XmlData", x.getXmlData());
                            ApsisValidation.maxLength("XmlData", x.getXmlData(), MAX_XML_BYTES);
                        })));
        // the import history APSIS keeps for 30 days
        String[][] reports = { { "status", "status" }, { "results", "results" }, { "invalidEmails", "invalidemails" },
            { "ignoredDuplicates", "ignoredduplicates" }, { "recipientsOnOptOutAll", "recipientsonoptoutall" },
            { "recipientsOnOptOutList", "recipientsonoptoutlist" } };
        for (String[] report : reports) {
            methods.add(get(report[0], "/import/v2/{importId}/" + report[1]));
        }
        return methods;
    }

    private static void check(CsvImport csv) {
        ApsisValidation.required("MailingListId", csv.getMailingListId());
        String url = ApsisValidation.required("Url", csv.getUrl());
        if (!url.matches("(?i)https?://\\S+")) {
            throw new io.github.camelmartech.support.error.MarTechInvalidInputException("Url",
                    "must be an http(s) URL APSIS can fetch the file from");
        }
        ApsisValidation.oneOf("OperationMode", csv.getOperationMode(), MODES, false);
    }
}
