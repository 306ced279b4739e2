package io.github.camelmartech.apifon.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** A list to create, or the full new state of a list to update (omitted fields are deleted). */
public class ListRequest extends MarTechBean {

    @JsonProperty("title")
    private String title;
    @JsonProperty("type")
    private String type;
    @JsonProperty("description")
    private String description;
    @JsonProperty("prefix")
    private String prefix;
    @JsonProperty("campaign_defaults")
    private CampaignDefaults campaignDefaults;
    @JsonProperty("gdpr_properties")
    private GdprProperties gdprProperties;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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

    public CampaignDefaults getCampaignDefaults() {
        return campaignDefaults;
    }

    public void setCampaignDefaults(CampaignDefaults campaignDefaults) {
        this.campaignDefaults = campaignDefaults;
    }

    public GdprProperties getGdprProperties() {
        return gdprProperties;
    }

    public void setGdprProperties(GdprProperties gdprProperties) {
        this.gdprProperties = gdprProperties;
    }
}
