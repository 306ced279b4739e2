package io.github.camelmartech.getresponse.model;
import io.github.camelmartech.support.json.ExtensibleModel;

/** A contact's value of a custom field: {@code {customFieldId, value:[...]}}. */
public class CustomFieldValue extends ExtensibleModel {

    private String customFieldId;
    private java.util.List<String> value;
    private String name;
    private String fieldType;

    public String getCustomFieldId() {
        return customFieldId;
    }

    public void setCustomFieldId(String customFieldId) {
        this.customFieldId = customFieldId;
    }

    public java.util.List<String> getValue() {
        return value;
    }

    public void setValue(java.util.List<String> value) {
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFieldType() {
        return fieldType;
    }

    public void setFieldType(String fieldType) {
        this.fieldType = fieldType;
    }
}
