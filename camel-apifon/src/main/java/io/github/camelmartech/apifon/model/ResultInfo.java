package io.github.camelmartech.apifon.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** The summary status of a gateway request: 200 OK, 403 wrong parameters, 401 authentication; for an OTP verification 0-7. */
public class ResultInfo extends MarTechBean {

    @JsonProperty("status_code")
    private String statusCode;
    @JsonProperty("description")
    private String description;

    public String getStatusCode() {
        return statusCode;
    }

    public void setStatusCode(String statusCode) {
        this.statusCode = statusCode;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
