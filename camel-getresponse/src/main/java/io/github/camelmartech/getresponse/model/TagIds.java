package io.github.camelmartech.getresponse.model;
import io.github.camelmartech.support.json.ExtensibleModel;

/** The tag ids of a batch contact. */
public class TagIds extends ExtensibleModel {

    private java.util.List<String> ids;

    public java.util.List<String> getIds() {
        return ids;
    }

    public void setIds(java.util.List<String> ids) {
        this.ids = ids;
    }
}
