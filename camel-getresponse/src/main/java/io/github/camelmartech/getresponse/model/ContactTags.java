package io.github.camelmartech.getresponse.model;
import io.github.camelmartech.support.json.ExtensibleModel;

/** {@code POST /contacts/{id}/tags}: tags added to a contact, the others kept. */
public class ContactTags extends ExtensibleModel {

    private java.util.List<TagRef> tags;

    public java.util.List<TagRef> getTags() {
        return tags;
    }

    public void setTags(java.util.List<TagRef> tags) {
        this.tags = tags;
    }
}
