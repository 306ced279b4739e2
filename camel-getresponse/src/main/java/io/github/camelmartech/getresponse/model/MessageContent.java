package io.github.camelmartech.getresponse.model;
import io.github.camelmartech.support.json.ExtensibleModel;

/** The HTML and plain-text bodies of a message. */
public class MessageContent extends ExtensibleModel {

    private String html;
    private String plain;

    public String getHtml() {
        return html;
    }

    public void setHtml(String html) {
        this.html = html;
    }

    public String getPlain() {
        return plain;
    }

    public void setPlain(String plain) {
        this.plain = plain;
    }
}
