package io.github.camelmartech.apsis;

import java.util.List;
import java.util.Set;

import io.github.camelmartech.apsis.model.FilterRequest;
import io.github.camelmartech.apsis.model.FolderRequest;

import static io.github.camelmartech.apsis.ApsisMethod.get;
import static io.github.camelmartech.apsis.ApsisMethod.post;

/** The small account-level resources: {@code filters}, {@code folders} and {@code demographics}. */
final class AccountMethods {

    static final String DEFAULT = "list";
    private static final Set<String> FOLDER_TYPES = Set.of("Content", "Reports", "Recipients", "PreviewSpamTest");

    private AccountMethods() {
    }

    static List<ApsisMethod> filters() {
        return List.of(
                // documented as queued by one client, direct by the seed's curl: both are handled
                get("list", "/v1/filter/all"),
                post("createByDemographicData", "/filter/v2/CreateFilterByDemographicData")
                        .model(FilterRequest.class, f -> {
                            ApsisValidation.required("FilterName", f.getFilterName());
                            ApsisValidation.required("DemographicDataName", f.getDemographicDataName());
                            ApsisValidation.required("OperatorValue", f.getOperatorValue());
                        }));
    }

    static List<ApsisMethod> folders() {
        return List.of(
                get("list", "/v1/folder/all"),
                post("create", "/v1/folder/").model(FolderRequest.class, f -> {
                    ApsisValidation.required("FolderName", f.getFolderName());
                    ApsisValidation.oneOf("FolderType", f.getFolderType(), FOLDER_TYPES, true);
                }));
    }

    static List<ApsisMethod> demographics() {
        return List.of(
                get("list", "/accounts/v2/demographics"),
                get("loginUrl", "/v1/accounts/login/url").returns(String.class));
    }
}
