package io.github.camelmartech.getresponse.model;
import io.github.camelmartech.support.json.ExtensibleModel;

/** The account's callback: where GetResponse calls and on which actions. */
public class CallbackSettings extends ExtensibleModel {

    private String url;
    private java.util.Map<String, Boolean> actions;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public java.util.Map<String, Boolean> getActions() {
        return actions;
    }

    public void setActions(java.util.Map<String, Boolean> actions) {
        this.actions = actions;
    }
}
