package io.github.camelmartech.apifon.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** One page of a collection (lists, subscribers, bounce list): paging data, links and the items. */
public class PageResult<T> extends MarTechBean {

    @JsonProperty("meta")
    private PageMeta meta;
    @JsonProperty("links")
    private PageLinks links;
    @JsonProperty("results")
    private List<T> results;

    public PageMeta getMeta() {
        return meta;
    }

    public void setMeta(PageMeta meta) {
        this.meta = meta;
    }

    public PageLinks getLinks() {
        return links;
    }

    public void setLinks(PageLinks links) {
        this.links = links;
    }

    public List<T> getResults() {
        return results;
    }

    public void setResults(List<T> results) {
        this.results = results;
    }
}
