package io.github.camelmartech.apifon.model;

import io.github.camelmartech.support.json.MarTechBean;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

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
