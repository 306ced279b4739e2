package io.github.camelmartech.apsis.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.ExtensibleModel;
import io.github.camelmartech.support.json.IsoDate;

/** An opt-out as the opt-out pages list it. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class OptOut extends ExtensibleModel {

    private Long id;
    private String email;
    private String name;
    private String externalId;
    private String countryCode;
    private String phoneNumber;
    private String format;
    private Long mailingListId;
    private Long sendQueueId;
    private Long subscriberId;
    private String reason;
    @IsoDate
    private OffsetDateTime created;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Fluent setter. */
    public OptOut id(Long id) {
        this.id = id;
        return this;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Fluent setter. */
    public OptOut email(String email) {
        this.email = email;
        return this;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Fluent setter. */
    public OptOut name(String name) {
        this.name = name;
        return this;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    /** Fluent setter. */
    public OptOut externalId(String externalId) {
        this.externalId = externalId;
        return this;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    /** Fluent setter. */
    public OptOut countryCode(String countryCode) {
        this.countryCode = countryCode;
        return this;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    /** Fluent setter. */
    public OptOut phoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
        return this;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    /** Fluent setter. */
    public OptOut format(String format) {
        this.format = format;
        return this;
    }

    public Long getMailingListId() {
        return mailingListId;
    }

    public void setMailingListId(Long mailingListId) {
        this.mailingListId = mailingListId;
    }

    /** Fluent setter. */
    public OptOut mailingListId(Long mailingListId) {
        this.mailingListId = mailingListId;
        return this;
    }

    public Long getSendQueueId() {
        return sendQueueId;
    }

    public void setSendQueueId(Long sendQueueId) {
        this.sendQueueId = sendQueueId;
    }

    /** Fluent setter. */
    public OptOut sendQueueId(Long sendQueueId) {
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
    public OptOut subscriberId(Long subscriberId) {
        this.subscriberId = subscriberId;
        return this;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Fluent setter. */
    public OptOut reason(String reason) {
        this.reason = reason;
        return this;
    }

    public OffsetDateTime getCreated() {
        return created;
    }

    public void setCreated(OffsetDateTime created) {
        this.created = created;
    }

    /** Fluent setter. */
    public OptOut created(OffsetDateTime created) {
        this.created = created;
        return this;
    }
}
