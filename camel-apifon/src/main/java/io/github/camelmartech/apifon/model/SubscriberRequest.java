package io.github.camelmartech.apifon.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** A subscriber to add, or the full new state of one to update (omitted fields are removed). */
public class SubscriberRequest extends MarTechBean {

    @JsonProperty("destination")
    private String destination;
    @JsonProperty("email")
    private String email;
    @JsonProperty("status")
    private String status;
    @JsonProperty("email_status")
    private String emailStatus;
    @JsonProperty("subscriber_fields")
    private Map<String, Object> subscriberFields;
    @JsonProperty("gdpr_fields")
    private Map<String, GdprConsent> gdprFields;

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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getEmailStatus() {
        return emailStatus;
    }

    public void setEmailStatus(String emailStatus) {
        this.emailStatus = emailStatus;
    }

    public Map<String, Object> getSubscriberFields() {
        return subscriberFields;
    }

    public void setSubscriberFields(Map<String, Object> subscriberFields) {
        this.subscriberFields = subscriberFields;
    }

    public Map<String, GdprConsent> getGdprFields() {
        return gdprFields;
    }

    public void setGdprFields(Map<String, GdprConsent> gdprFields) {
        this.gdprFields = gdprFields;
    }
}
