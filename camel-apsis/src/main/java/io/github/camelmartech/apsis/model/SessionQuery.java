package io.github.camelmartech.apsis.model;

import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.IsoDate;
import io.github.camelmartech.support.json.MarTechBean;

/** Which event sessions to list. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class SessionQuery extends MarTechBean {

    @JsonFormat(pattern = "yyyyMMdd'T'HHmmss")
    @IsoDate
    private LocalDateTime startTime;
    @JsonFormat(pattern = "yyyyMMdd'T'HHmmss")
    @IsoDate
    private LocalDateTime endTime;
    private Boolean excludeEnabled;
    private Boolean excludeDisabled;

    public LocalDateTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalDateTime startTime) {
        this.startTime = startTime;
    }

    /** Fluent setter. */
    public SessionQuery startTime(LocalDateTime startTime) {
        this.startTime = startTime;
        return this;
    }

    public LocalDateTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalDateTime endTime) {
        this.endTime = endTime;
    }

    /** Fluent setter. */
    public SessionQuery endTime(LocalDateTime endTime) {
        this.endTime = endTime;
        return this;
    }

    public Boolean getExcludeEnabled() {
        return excludeEnabled;
    }

    public void setExcludeEnabled(Boolean excludeEnabled) {
        this.excludeEnabled = excludeEnabled;
    }

    /** Fluent setter. */
    public SessionQuery excludeEnabled(Boolean excludeEnabled) {
        this.excludeEnabled = excludeEnabled;
        return this;
    }

    public Boolean getExcludeDisabled() {
        return excludeDisabled;
    }

    public void setExcludeDisabled(Boolean excludeDisabled) {
        this.excludeDisabled = excludeDisabled;
    }

    /** Fluent setter. */
    public SessionQuery excludeDisabled(Boolean excludeDisabled) {
        this.excludeDisabled = excludeDisabled;
        return this;
    }
}
