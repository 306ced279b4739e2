package io.github.camelmartech.getresponse.model;

/** The tag ids of a batch contact. */
public class TagIds extends GetResponseModel {

    private java.util.List<String> ids;

    public java.util.List<String> getIds() {
        return ids;
    }

    public void setIds(java.util.List<String> ids) {
        this.ids = ids;
    }
}
