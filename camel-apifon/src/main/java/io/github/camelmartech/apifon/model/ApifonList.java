package io.github.camelmartech.apifon.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** A subscriber list; dates are epoch milliseconds. */
public class ApifonList extends MarTechBean {

    @JsonProperty("id")
    private String id;
    @JsonProperty("type")
    private String type;
    @JsonProperty("title")
    private String title;
    @JsonProperty("status")
    private String status;
    @JsonProperty("description")
    private String description;
    @JsonProperty("prefix")
    private String prefix;
    @JsonProperty("account_id")
    private Long accountId;
    @JsonProperty("date_created")
    private Long dateCreated;
    @JsonProperty("date_updated")
    private Long dateUpdated;
    @JsonProperty("campaign_defaults")
    private CampaignDefaults campaignDefaults;
    @JsonProperty("total_subscribers")
    private Long totalSubscribers;
    @JsonProperty("active_subscribers")
    private Long activeSubscribers;
    @JsonProperty("active_email_subscribers")
    private Long activeEmailSubscribers;
    @JsonProperty("form_id")
    private String formId;
    @JsonProperty("subscriber_fields")
    private List<SubscriberField> subscriberFields;
    @JsonProperty("gdpr_fields")
    private List<GdprField> gdprFields;
    @JsonProperty("brand_name")
    private String brandName;
    @JsonProperty("company_name")
    private String companyName;
    @JsonProperty("gdpr_properties")
    private GdprProperties gdprProperties;
    @JsonProperty("form_urls")
    private Map<String, String> formUrls;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
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

    public CampaignDefaults getCampaignDefaults() {
        return campaignDefaults;
    }

    public void setCampaignDefaults(CampaignDefaults campaignDefaults) {
        this.campaignDefaults = campaignDefaults;
    }

    public Long getTotalSubscribers() {
        return totalSubscribers;
    }

    public void setTotalSubscribers(Long totalSubscribers) {
        this.totalSubscribers = totalSubscribers;
    }

    public Long getActiveSubscribers() {
        return activeSubscribers;
    }

    public void setActiveSubscribers(Long activeSubscribers) {
        this.activeSubscribers = activeSubscribers;
    }

    public Long getActiveEmailSubscribers() {
        return activeEmailSubscribers;
    }

    public void setActiveEmailSubscribers(Long activeEmailSubscribers) {
        this.activeEmailSubscribers = activeEmailSubscribers;
    }

    public String getFormId() {
        return formId;
    }

    public void setFormId(String formId) {
        this.formId = formId;
    }

    public List<SubscriberField> getSubscriberFields() {
        return subscriberFields;
    }

    public void setSubscriberFields(List<SubscriberField> subscriberFields) {
        this.subscriberFields = subscriberFields;
    }

    public List<GdprField> getGdprFields() {
        return gdprFields;
    }

    public void setGdprFields(List<GdprField> gdprFields) {
        this.gdprFields = gdprFields;
    }

    public String getBrandName() {
        return brandName;
    }

    public void setBrandName(String brandName) {
        this.brandName = brandName;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public GdprProperties getGdprProperties() {
        return gdprProperties;
    }

    public void setGdprProperties(GdprProperties gdprProperties) {
        this.gdprProperties = gdprProperties;
    }

    public Map<String, String> getFormUrls() {
        return formUrls;
    }

    public void setFormUrls(Map<String, String> formUrls) {
        this.formUrls = formUrls;
    }
}
