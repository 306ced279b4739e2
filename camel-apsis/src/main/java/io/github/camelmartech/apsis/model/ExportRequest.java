package io.github.camelmartech.apsis.model;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** What an export of subscribers includes: every demographic field, or the named ones. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class ExportRequest extends MarTechBean {

    private Boolean allDemographics;
    private List<String> fieldNames;

    public Boolean getAllDemographics() {
        return allDemographics;
    }

    public void setAllDemographics(Boolean allDemographics) {
        this.allDemographics = allDemographics;
    }

    /** Fluent setter. */
    public ExportRequest allDemographics(Boolean allDemographics) {
        this.allDemographics = allDemographics;
        return this;
    }

    public List<String> getFieldNames() {
        return fieldNames;
    }

    public void setFieldNames(List<String> fieldNames) {
        this.fieldNames = fieldNames;
    }

    /** Fluent setter. */
    public ExportRequest fieldNames(List<String> fieldNames) {
        this.fieldNames = fieldNames;
        return this;
    }
}
