package io.github.camelmartech.apifon.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** A subscriber of a list; destinationId and emailId are its lookup MD5s; dates are epoch milliseconds. */
public class ListSubscriber extends MarTechBean {

    @JsonProperty("id")
    private String id;
    @JsonProperty("destination")
    private String destination;
    @JsonProperty("email")
    private String email;
    @JsonProperty("email_id")
    private String emailId;
    @JsonProperty("email_status")
    private String emailStatus;
    @JsonProperty("status")
    private String status;
    @JsonProperty("account_id")
    private Long accountId;
    @JsonProperty("destination_id")
    private String destinationId;
    @JsonProperty("date_created")
    private Long dateCreated;
    @JsonProperty("date_updated")
    private Long dateUpdated;
    @JsonProperty("list_id")
    private String listId;
    @JsonProperty("gdpr_fields")
    private Map<String, GdprConsent> gdprFields;
    // one example of the reference spells it subscribers_fields
    @JsonProperty("subscriber_fields")
    @JsonAlias("subscribers_fields")
    private Map<String, Object> subscriberFields;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmailId() {
        return emailId;
    }

    public void setEmailId(String emailId) {
        this.emailId = emailId;
    }

    public String getEmailStatus() {
        return emailStatus;
    }

    public void setEmailStatus(String emailStatus) {
        this.emailStatus = emailStatus;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getDestinationId() {
        return destinationId;
    }

    public void setDestinationId(String destinationId) {
        this.destinationId = destinationId;
    }

    public Long getDateCreated() {
        return dateCreated;
    }

    public void setDateCreated(Long dateCreated) {
        this.dateCreated = dateCreated;
    }

    public Long getDateUpdated() {
        return dateUpdated;
    }

    public void setDateUpdated(Long dateUpdated) {
        this.dateUpdated = dateUpdated;
    }

    public String getListId() {
        return listId;
    }

    public void setListId(String listId) {
        this.listId = listId;
    }

    public Map<String, GdprConsent> getGdprFields() {
        return gdprFields;
    }

    public void setGdprFields(Map<String, GdprConsent> gdprFields) {
        this.gdprFields = gdprFields;
    }

    public Map<String, Object> getSubscriberFields() {
        return subscriberFields;
    }

    public void setSubscriberFields(Map<String, Object> subscriberFields) {
        this.subscriberFields = subscriberFields;
    }
}
