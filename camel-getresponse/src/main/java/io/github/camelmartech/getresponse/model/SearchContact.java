package io.github.camelmartech.getresponse.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.camelmartech.support.json.ExtensibleModel;
import io.github.camelmartech.support.json.IsoDate;

/** A saved search (segment), or the conditions of an ad-hoc search ({@code POST /search-contacts/contacts}). */
public class SearchContact extends ExtensibleModel {

    private String searchContactId;
    private String href;
    private String name;
    @IsoDate
    @JsonFormat(pattern = GetResponseDates.PATTERN)
    private OffsetDateTime createdOn;
    private java.util.List<String> subscribersType;
    private String sectionLogicOperator;
    private java.util.List<java.util.Map<String, Object>> section;

    public String getSearchContactId() {
        return searchContactId;
    }

    public void setSearchContactId(String searchContactId) {
        this.searchContactId = searchContactId;
    }

    public String getHref() {
        return href;
    }

    public void setHref(String href) {
        this.href = href;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(OffsetDateTime createdOn) {
        this.createdOn = createdOn;
    }

    public java.util.List<String> getSubscribersType() {
        return subscribersType;
    }

    public void setSubscribersType(java.util.List<String> subscribersType) {
        this.subscribersType = subscribersType;
    }

    public String getSectionLogicOperator() {
        return sectionLogicOperator;
    }

    public void setSectionLogicOperator(String sectionLogicOperator) {
        this.sectionLogicOperator = sectionLogicOperator;
    }

    public java.util.List<java.util.Map<String, Object>> getSection() {
        return section;
    }

    public void setSection(java.util.List<java.util.Map<String, Object>> section) {
        this.section = section;
    }
}
