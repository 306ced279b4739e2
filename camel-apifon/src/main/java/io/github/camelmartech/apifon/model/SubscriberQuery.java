package io.github.camelmartech.apifon.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.json.MarTechBean;

/** A subscriber query: conditions, fields (comma separated), order and page. */
public class SubscriberQuery extends MarTechBean {

    @JsonProperty("conditions")
    private List<QueryCondition> conditions;
    @JsonProperty("sorting")
    private QuerySorting sorting;
    @JsonProperty("fields")
    private String fields;
    @JsonProperty("page")
    private Integer page;
    @JsonProperty("size")
    private Integer size;

    public List<QueryCondition> getConditions() {
        return conditions;
    }

    public void setConditions(List<QueryCondition> conditions) {
        this.conditions = conditions;
    }

    public QuerySorting getSorting() {
        return sorting;
    }

    public void setSorting(QuerySorting sorting) {
        this.sorting = sorting;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    /** From JSON: the comma-separated text of the reference's table, or the array of its example. */
    @JsonSetter("fields")
    void fieldsFromJson(JsonNode fields) {
        if (fields.isArray()) {
            List<String> names = new java.util.ArrayList<>();
            fields.forEach(f -> names.add(f.asText()));
            this.fields = String.join(",", names);
        } else {
            this.fields = fields.isNull() ? null : fields.asText();
        }
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }
}
