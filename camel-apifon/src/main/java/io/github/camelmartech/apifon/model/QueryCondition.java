package io.github.camelmartech.apifon.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** A condition of a subscriber query (conditions are AND-ed); name may use dot notation, e.g. subscriber_fields.FIRST_NAME. */
public class QueryCondition extends MarTechBean {

    @JsonProperty("name")
    private String name;
    @JsonProperty("op")
    private String op;
    @JsonProperty("vl")
    private Object vl;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOp() {
        return op;
    }

    public void setOp(String op) {
        this.op = op;
    }

    public Object getVl() {
        return vl;
    }

    public void setVl(Object vl) {
        this.vl = vl;
    }
}
