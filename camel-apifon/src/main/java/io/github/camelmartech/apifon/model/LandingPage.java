package io.github.camelmartech.apifon.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** A landing page behind a short URL ({apifon_lp} in the text), per subscriber. */
public class LandingPage extends MarTechBean {

    @JsonProperty("url")
    private String url;
    @JsonProperty("data")
    private Map<String, Object> data;
    @JsonProperty("redirect")
    private Boolean redirect;
    @JsonProperty("method")
    private String method;
    @JsonProperty("prevent_sys_params")
    private Boolean preventSysParams;
    @JsonProperty("landing_domain")
    private String landingDomain;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Map<String, Object> getData() {
        return data;
    }

    public void setData(Map<String, Object> data) {
        this.data = data;
    }

    public Boolean getRedirect() {
        return redirect;
    }

    public void setRedirect(Boolean redirect) {
        this.redirect = redirect;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public Boolean getPreventSysParams() {
        return preventSysParams;
    }

    public void setPreventSysParams(Boolean preventSysParams) {
        this.preventSysParams = preventSysParams;
    }

    public String getLandingDomain() {
        return landingDomain;
    }

    public void setLandingDomain(String landingDomain) {
        this.landingDomain = landingDomain;
    }
}
