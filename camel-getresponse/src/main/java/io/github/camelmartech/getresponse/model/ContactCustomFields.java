package io.github.camelmartech.getresponse.model;
import io.github.camelmartech.support.json.ExtensibleModel;

/** {@code POST /contacts/{id}/custom-fields}: values upserted, the others kept. */
public class ContactCustomFields extends ExtensibleModel {

    private java.util.List<CustomFieldValue> customFieldValues;

    public java.util.List<CustomFieldValue> getCustomFieldValues() {
        return customFieldValues;
    }

    public void setCustomFieldValues(java.util.List<CustomFieldValue> customFieldValues) {
        this.customFieldValues = customFieldValues;
    }
}
