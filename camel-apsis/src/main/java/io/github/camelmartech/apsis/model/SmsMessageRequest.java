package io.github.camelmartech.apsis.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** A stored SMS message. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class SmsMessageRequest extends MarTechBean {

    private String name;
    private String text;
    private Long folderId;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Fluent setter. */
    public SmsMessageRequest name(String name) {
        this.name = name;
        return this;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** Fluent setter. */
    public SmsMessageRequest text(String text) {
        this.text = text;
        return this;
    }

    public Long getFolderId() {
        return folderId;
    }

    public void setFolderId(Long folderId) {
        this.folderId = folderId;
    }

    /** Fluent setter. */
    public SmsMessageRequest folderId(Long folderId) {
        this.folderId = folderId;
        return this;
    }
}
