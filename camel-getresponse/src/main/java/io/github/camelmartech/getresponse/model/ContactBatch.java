package io.github.camelmartech.getresponse.model;
import io.github.camelmartech.support.json.ExtensibleModel;

/** {@code POST /contacts/batch}: up to 1000 contacts into one campaign. */
public class ContactBatch extends ExtensibleModel {

    private String campaignId;
    private java.util.List<BatchContact> contacts;

    public String getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    public java.util.List<BatchContact> getContacts() {
        return contacts;
    }

    public void setContacts(java.util.List<BatchContact> contacts) {
        this.contacts = contacts;
    }
}
