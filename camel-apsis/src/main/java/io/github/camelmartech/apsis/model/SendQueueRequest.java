package io.github.camelmartech.apsis.model;

import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.IsoDate;
import io.github.camelmartech.support.json.MarTechBean;

/** A sending of a newsletter to mailing lists (optionally through a filter), now or at sendDate. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class SendQueueRequest extends MarTechBean {

    private Long newsletterId;
    private List<Long> mailingListIds;
    private Long filterId;
    private String fromEmail;
    private String fromName;
    @JsonFormat(pattern = "yyyyMMdd'T'HHmmss")
    @IsoDate
    private LocalDateTime sendDate;
    private String campaignId;

    public Long getNewsletterId() {
        return newsletterId;
    }

    public void setNewsletterId(Long newsletterId) {
        this.newsletterId = newsletterId;
    }

    /** Fluent setter. */
    public SendQueueRequest newsletterId(Long newsletterId) {
        this.newsletterId = newsletterId;
        return this;
    }

    public List<Long> getMailingListIds() {
        return mailingListIds;
    }

    public void setMailingListIds(List<Long> mailingListIds) {
        this.mailingListIds = mailingListIds;
    }

    /** Fluent setter. */
    public SendQueueRequest mailingListIds(List<Long> mailingListIds) {
        this.mailingListIds = mailingListIds;
        return this;
    }

    public Long getFilterId() {
        return filterId;
    }

    public void setFilterId(Long filterId) {
        this.filterId = filterId;
    }

    /** Fluent setter. */
    public SendQueueRequest filterId(Long filterId) {
        this.filterId = filterId;
        return this;
    }

    public String getFromEmail() {
        return fromEmail;
    }

    public void setFromEmail(String fromEmail) {
        this.fromEmail = fromEmail;
    }

    /** Fluent setter. */
    public SendQueueRequest fromEmail(String fromEmail) {
        this.fromEmail = fromEmail;
        return this;
    }

    public String getFromName() {
        return fromName;
    }

    public void setFromName(String fromName) {
        this.fromName = fromName;
    }

    /** Fluent setter. */
    public SendQueueRequest fromName(String fromName) {
        this.fromName = fromName;
        return this;
    }

    public LocalDateTime getSendDate() {
        return sendDate;
    }

    public void setSendDate(LocalDateTime sendDate) {
        this.sendDate = sendDate;
    }

    /** Fluent setter. */
    public SendQueueRequest sendDate(LocalDateTime sendDate) {
        this.sendDate = sendDate;
        return this;
    }

    public String getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    /** Fluent setter. */
    public SendQueueRequest campaignId(String campaignId) {
        this.campaignId = campaignId;
        return this;
    }
}
