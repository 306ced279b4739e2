package io.github.camelmartech.apsis.model;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** The mailing lists a subscriber is on. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class SubscriberMailingLists extends MarTechBean {

    private List<MailingList> mailinglists;

    public List<MailingList> getMailinglists() {
        return mailinglists;
    }

    public void setMailinglists(List<MailingList> mailinglists) {
        this.mailinglists = mailinglists;
    }

    /** Fluent setter. */
    public SubscriberMailingLists mailinglists(List<MailingList> mailinglists) {
        this.mailinglists = mailinglists;
        return this;
    }
}
