package io.github.camelmartech.getresponse.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.camelmartech.support.json.ExtensibleModel;
import io.github.camelmartech.support.json.IsoDate;

/** A from address ('From' field) of messages. */
public class FromField extends ExtensibleModel {

    private String fromFieldId;
    private String href;
    private String email;
    private String name;
    private String isActive;
    private String isDefault;
    @IsoDate
    @JsonFormat(pattern = GetResponseDates.PATTERN)
    private OffsetDateTime createdOn;

    public String getFromFieldId() {
        return fromFieldId;
    }

    public void setFromFieldId(String fromFieldId) {
        this.fromFieldId = fromFieldId;
    }

    public String getHref() {
        return href;
    }

    public void setHref(String href) {
        this.href = href;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIsActive() {
        return isActive;
    }

    public void setIsActive(String isActive) {
        this.isActive = isActive;
    }

    public String getIsDefault() {
        return isDefault;
    }

    public void setIsDefault(String isDefault) {
        this.isDefault = isDefault;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(OffsetDateTime createdOn) {
        this.createdOn = createdOn;
    }
}
