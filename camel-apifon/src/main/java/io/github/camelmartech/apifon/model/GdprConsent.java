package io.github.camelmartech.apifon.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** A subscriber's consent on one GDPR field, per channel. */
public class GdprConsent extends MarTechBean {

    @JsonProperty("mobile")
    private Boolean mobile;
    @JsonProperty("email")
    private Boolean email;

    public Boolean getMobile() {
        return mobile;
    }

    public void setMobile(Boolean mobile) {
        this.mobile = mobile;
    }

    public Boolean getEmail() {
        return email;
    }

    public void setEmail(Boolean email) {
        this.email = email;
    }
}
