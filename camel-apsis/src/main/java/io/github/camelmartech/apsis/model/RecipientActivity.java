package io.github.camelmartech.apsis.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A bounce, open, click or opt-out of a recipient in a sending; fields APSIS has not documented are kept in other(). */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class RecipientActivity {

    private Long sendQueueId;
    private Long subscriberId;
    private String email;
    private String externalId;
    private final Map<String, Object> other = new LinkedHashMap<>();

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

    /** Fields APSIS sent that this model does not name, kept rather than dropped. */
    @JsonAnyGetter
    public Map<String, Object> other() {
        return other;
    }

    @JsonAnySetter
    public void setOther(String field, Object value) {
        other.put(field, value);
    }
}
