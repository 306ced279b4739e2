package io.github.camelmartech.apsis.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** An attachment of a transactional email; Content is base64. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class Attachment extends MarTechBean {

    private String name;
    private String contentType;
    private String content;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Fluent setter. */
    public Attachment name(String name) {
        this.name = name;
        return this;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    /** Fluent setter. */
    public Attachment contentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    /** Fluent setter. */
    public Attachment content(String content) {
        this.content = content;
        return this;
    }
}
