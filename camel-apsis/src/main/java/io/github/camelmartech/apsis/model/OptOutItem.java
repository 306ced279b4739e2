package io.github.camelmartech.apsis.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** One subscriber to opt out: of a list, or (without a list) of every list ("Opt-out all"). */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class OptOutItem extends MarTechBean {

    private Long subscriberId;
    private Long mailinglistId;
    private Long sendQueueId;
    private String reason;

    public Long getSubscriberId() {
        return subscriberId;
    }

    public void setSubscriberId(Long subscriberId) {
        this.subscriberId = subscriberId;
    }

    /** Fluent setter. */
    public OptOutItem subscriberId(Long subscriberId) {
        this.subscriberId = subscriberId;
        return this;
    }

    public Long getMailinglistId() {
        return mailinglistId;
    }

    public void setMailinglistId(Long mailinglistId) {
        this.mailinglistId = mailinglistId;
    }

    /** Fluent setter. */
    public OptOutItem mailinglistId(Long mailinglistId) {
        this.mailinglistId = mailinglistId;
        return this;
    }

    public Long getSendQueueId() {
        return sendQueueId;
    }

    public void setSendQueueId(Long sendQueueId) {
        this.sendQueueId = sendQueueId;
    }

    /** Fluent setter. */
    public OptOutItem sendQueueId(Long sendQueueId) {
        this.sendQueueId = sendQueueId;
        return this;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Fluent setter. */
    public OptOutItem reason(String reason) {
        this.reason = reason;
        return this;
    }
}
