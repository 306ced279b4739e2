package io.github.camelmartech.getresponse.model;
import io.github.camelmartech.support.json.ExtensibleModel;

/** One contact of a batch create: tags are {@code {ids:[...]}} there, not the tag list of a single create. */
public class BatchContact extends ExtensibleModel {

    private String email;
    private String name;
    private String dayOfCycle;
    private TagIds tags;
    private java.util.List<CustomFieldValue> customFieldValues;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDayOfCycle() {
        return dayOfCycle;
    }

    public void setDayOfCycle(String dayOfCycle) {
        this.dayOfCycle = dayOfCycle;
    }

    public TagIds getTags() {
        return tags;
    }

    public void setTags(TagIds tags) {
        this.tags = tags;
    }

    public java.util.List<CustomFieldValue> getCustomFieldValues() {
        return customFieldValues;
    }

    public void setCustomFieldValues(java.util.List<CustomFieldValue> customFieldValues) {
        this.customFieldValues = customFieldValues;
    }
}
