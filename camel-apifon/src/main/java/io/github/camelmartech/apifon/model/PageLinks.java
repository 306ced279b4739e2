package io.github.camelmartech.apifon.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** Links to other pages; prev and next may be empty. */
public class PageLinks extends MarTechBean {

    @JsonProperty("prev")
    private String prev;
    @JsonProperty("next")
    private String next;
    @JsonProperty("first")
    private String first;
    @JsonProperty("last")
    private String last;

    public String getPrev() {
        return prev;
    }

    public void setPrev(String prev) {
        this.prev = prev;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getFirst() {
        return first;
    }

    public void setFirst(String first) {
        this.first = first;
    }

    public String getLast() {
        return last;
    }

    public void setLast(String last) {
        this.last = last;
    }
}
