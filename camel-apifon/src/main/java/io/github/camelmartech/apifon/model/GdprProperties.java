package io.github.camelmartech.apifon.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** GDPR settings of an ADVANCED list. */
public class GdprProperties extends MarTechBean {

    @JsonProperty("gdpr_compliant")
    private Boolean gdprCompliant;
    @JsonProperty("legal_text")
    private String legalText;
    @JsonProperty("title")
    private String title;
    @JsonProperty("description")
    private String description;
    @JsonProperty("reply_to")
    private String replyTo;

    public Boolean getGdprCompliant() {
        return gdprCompliant;
    }

    public void setGdprCompliant(Boolean gdprCompliant) {
        this.gdprCompliant = gdprCompliant;
    }

    public String getLegalText() {
        return legalText;
    }

    public void setLegalText(String legalText) {
        this.legalText = legalText;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo;
    }
}
