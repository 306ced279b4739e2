package io.github.camelmartech.apsis.model;

import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.IsoDate;
import io.github.camelmartech.support.json.MarTechBean;

/** A sending of a stored SMS message to mailing lists. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class SmsSendRequest extends MarTechBean {

    private Long smsMessageId;
    private List<Long> mailingListIds;
    private String senderName;
    @JsonFormat(pattern = "yyyyMMdd'T'HHmmss")
    @IsoDate
    private LocalDateTime sendDate;
    private Long filterId;
    private String campaignId;

    public Long getSmsMessageId() {
        return smsMessageId;
    }

    public void setSmsMessageId(Long smsMessageId) {
        this.smsMessageId = smsMessageId;
    }

    /** Fluent setter. */
    public SmsSendRequest smsMessageId(Long smsMessageId) {
        this.smsMessageId = smsMessageId;
        return this;
    }

    public List<Long> getMailingListIds() {
        return mailingListIds;
    }

    public void setMailingListIds(List<Long> mailingListIds) {
        this.mailingListIds = mailingListIds;
    }

    /** Fluent setter. */
    public SmsSendRequest mailingListIds(List<Long> mailingListIds) {
        this.mailingListIds = mailingListIds;
        return this;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }

    /** Fluent setter. */
    public SmsSendRequest senderName(String senderName) {
        this.senderName = senderName;
        return this;
    }

    public LocalDateTime getSendDate() {
        return sendDate;
    }

    public void setSendDate(LocalDateTime sendDate) {
        this.sendDate = sendDate;
    }

    /** Fluent setter. */
    public SmsSendRequest sendDate(LocalDateTime sendDate) {
        this.sendDate = sendDate;
        return this;
    }

    public Long getFilterId() {
        return filterId;
    }

    public void setFilterId(Long filterId) {
        this.filterId = filterId;
    }

    /** Fluent setter. */
    public SmsSendRequest filterId(Long filterId) {
        this.filterId = filterId;
        return this;
    }

    public String getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    /** Fluent setter. */
    public SmsSendRequest campaignId(String campaignId) {
        this.campaignId = campaignId;
        return this;
    }
}
