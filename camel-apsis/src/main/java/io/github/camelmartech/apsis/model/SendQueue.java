package io.github.camelmartech.apsis.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.ExtensibleModel;
import io.github.camelmartech.support.json.IsoDate;

/** A sending (send queue) as APSIS lists it; fields APSIS has not documented are kept in getOther(). */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class SendQueue extends ExtensibleModel {

    private Long id;
    private Long sendQueueId;
    private Long newsletterId;
    private String name;
    private String subject;
    @IsoDate
    private OffsetDateTime sendDate;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Fluent setter. */
    public SendQueue id(Long id) {
        this.id = id;
        return this;
    }

    public Long getSendQueueId() {
        return sendQueueId;
    }

    public void setSendQueueId(Long sendQueueId) {
        this.sendQueueId = sendQueueId;
    }

    /** Fluent setter. */
    public SendQueue sendQueueId(Long sendQueueId) {
        this.sendQueueId = sendQueueId;
        return this;
    }

    public Long getNewsletterId() {
        return newsletterId;
    }

    public void setNewsletterId(Long newsletterId) {
        this.newsletterId = newsletterId;
    }

    /** Fluent setter. */
    public SendQueue newsletterId(Long newsletterId) {
        this.newsletterId = newsletterId;
        return this;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Fluent setter. */
    public SendQueue name(String name) {
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
    public SendQueue subject(String subject) {
        this.subject = subject;
        return this;
    }

    public OffsetDateTime getSendDate() {
        return sendDate;
    }

    public void setSendDate(OffsetDateTime sendDate) {
        this.sendDate = sendDate;
    }

    /** Fluent setter. */
    public SendQueue sendDate(OffsetDateTime sendDate) {
        this.sendDate = sendDate;
        return this;
    }
}
