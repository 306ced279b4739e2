package io.github.camelmartech.apifon.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** One recipient of a send: the number, an id of yours, and the values of the text placeholders. */
public class Recipient extends MarTechBean {

    @JsonProperty("number")
    private String number;
    @JsonProperty("custom_id")
    private String customId;
    @JsonProperty("params")
    private Map<String, Object> params;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCustomId() {
        return customId;
    }

    public void setCustomId(String customId) {
        this.customId = customId;
    }

    public Map<String, Object> getParams() {
        return params;
    }

    public void setParams(Map<String, Object> params) {
        this.params = params;
    }
}
