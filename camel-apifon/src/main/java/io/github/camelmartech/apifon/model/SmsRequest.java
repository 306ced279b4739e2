package io.github.camelmartech.apifon.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An SMS send: recipients, message, and the optional reference, callback, validity and schedule. */
public class SmsRequest extends GatewayRequest {

    @JsonProperty("tte")
    private String tte;

    public String getTte() {
        return tte;
    }

    public void setTte(String tte) {
        this.tte = tte;
    }
}
