package io.github.camelmartech.getresponse.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.camelmartech.support.json.ExtensibleModel;
import io.github.camelmartech.support.json.IsoDate;

/** A tag. */
public class Tag extends ExtensibleModel {

    private String tagId;
    private String href;
    private String name;
    private String color;
    @IsoDate
    @JsonFormat(pattern = GetResponseDates.PATTERN)
    private OffsetDateTime createdAt;

    public String getTagId() {
        return tagId;
    }

    public void setTagId(String tagId) {
        this.tagId = tagId;
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

    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
