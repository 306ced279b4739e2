package io.github.camelmartech.apsis.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.ExtensibleModel;
import io.github.camelmartech.support.json.IsoDate;

/** A newsletter: the body of create and update, the result of get. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class Newsletter extends ExtensibleModel {

    private Long id;
    private String name;
    private String subject;
    private String bodyHtml;
    private String bodyText;
    private Long folderId;
    @IsoDate
    private OffsetDateTime created;
    @IsoDate
    private OffsetDateTime updated;
    private Boolean tracking;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Fluent setter. */
    public Newsletter id(Long id) {
        this.id = id;
        return this;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Fluent setter. */
    public Newsletter name(String name) {
        this.name = name;
        return this;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    /** Fluent setter. */
    public Newsletter subject(String subject) {
        this.subject = subject;
        return this;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    /** Fluent setter. */
    public Newsletter bodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
        return this;
    }

    public String getBodyText() {
        return bodyText;
    }

    public void setBodyText(String bodyText) {
        this.bodyText = bodyText;
    }

    /** Fluent setter. */
    public Newsletter bodyText(String bodyText) {
        this.bodyText = bodyText;
        return this;
    }

    public Long getFolderId() {
        return folderId;
    }

    public void setFolderId(Long folderId) {
        this.folderId = folderId;
    }

    /** Fluent setter. */
    public Newsletter folderId(Long folderId) {
        this.folderId = folderId;
        return this;
    }

    public OffsetDateTime getCreated() {
        return created;
    }

    public void setCreated(OffsetDateTime created) {
        this.created = created;
    }

    /** Fluent setter. */
    public Newsletter created(OffsetDateTime created) {
        this.created = created;
        return this;
    }

    public OffsetDateTime getUpdated() {
        return updated;
    }

    public void setUpdated(OffsetDateTime updated) {
        this.updated = updated;
    }

    /** Fluent setter. */
    public Newsletter updated(OffsetDateTime updated) {
        this.updated = updated;
        return this;
    }

    public Boolean getTracking() {
        return tracking;
    }

    public void setTracking(Boolean tracking) {
        this.tracking = tracking;
    }

    /** Fluent setter. */
    public Newsletter tracking(Boolean tracking) {
        this.tracking = tracking;
        return this;
    }
}
