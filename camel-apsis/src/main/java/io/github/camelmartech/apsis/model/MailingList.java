package io.github.camelmartech.apsis.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.ExtensibleModel;
import io.github.camelmartech.support.json.IsoDate;

/** A mailing list: the body of create and update, the result of get and of the list pages. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class MailingList extends ExtensibleModel {

    private Long id;
    private String name;
    private String fromName;
    private String fromEmail;
    private String characterSet;
    private Long folderId;
    private String description;
    @IsoDate
    private OffsetDateTime created;
    @IsoDate
    private OffsetDateTime updated;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Fluent setter. */
    public MailingList id(Long id) {
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
    public MailingList name(String name) {
        this.name = name;
        return this;
    }

    public String getFromName() {
        return fromName;
    }

    public void setFromName(String fromName) {
        this.fromName = fromName;
    }

    /** Fluent setter. */
    public MailingList fromName(String fromName) {
        this.fromName = fromName;
        return this;
    }

    public String getFromEmail() {
        return fromEmail;
    }

    public void setFromEmail(String fromEmail) {
        this.fromEmail = fromEmail;
    }

    /** Fluent setter. */
    public MailingList fromEmail(String fromEmail) {
        this.fromEmail = fromEmail;
        return this;
    }

    public String getCharacterSet() {
        return characterSet;
    }

    public void setCharacterSet(String characterSet) {
        this.characterSet = characterSet;
    }

    /** Fluent setter. */
    public MailingList characterSet(String characterSet) {
        this.characterSet = characterSet;
        return this;
    }

    public Long getFolderId() {
        return folderId;
    }

    public void setFolderId(Long folderId) {
        this.folderId = folderId;
    }

    /** Fluent setter. */
    public MailingList folderId(Long folderId) {
        this.folderId = folderId;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** Fluent setter. */
    public MailingList description(String description) {
        this.description = description;
        return this;
    }

    public OffsetDateTime getCreated() {
        return created;
    }

    public void setCreated(OffsetDateTime created) {
        this.created = created;
    }

    /** Fluent setter. */
    public MailingList created(OffsetDateTime created) {
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
    public MailingList updated(OffsetDateTime updated) {
        this.updated = updated;
        return this;
    }
}
