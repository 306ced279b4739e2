package io.github.camelmartech.apsis.model;


import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.ExtensibleModel;

/** A bounce, open, click or opt-out of a recipient in a sending; fields APSIS has not documented are kept in getOther(). */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class RecipientActivity extends ExtensibleModel {

    private Long sendQueueId;
    private Long subscriberId;
    private String email;
    private String externalId;

    public Long getSendQueueId() {
        return sendQueueId;
    }

    public void setSendQueueId(Long sendQueueId) {
        this.sendQueueId = sendQueueId;
    }

    /** Fluent setter. */
    public RecipientActivity sendQueueId(Long sendQueueId) {
        this.sendQueueId = sendQueueId;
        return this;
    }

    public Long getSubscriberId() {
        return subscriberId;
    }

    public void setSubscriberId(Long subscriberId) {
        this.subscriberId = subscriberId;
    }

    /** Fluent setter. */
    public RecipientActivity subscriberId(Long subscriberId) {
        this.subscriberId = subscriberId;
        return this;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Fluent setter. */
    public RecipientActivity email(String email) {
        this.email = email;
        return this;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    /** Fluent setter. */
    public RecipientActivity externalId(String externalId) {
        this.externalId = externalId;
        return this;
    }
}
