package io.github.camelmartech.apsis.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** A filter on one demographic field: OperatorValue is the APSIS operator number. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class FilterRequest extends MarTechBean {

    private String filterName;
    private String demographicDataName;
    private String demographicDataValue;
    private Integer operatorValue;

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }

    /** Fluent setter. */
    public FilterRequest filterName(String filterName) {
        this.filterName = filterName;
        return this;
    }

    public String getDemographicDataName() {
        return demographicDataName;
    }

    public void setDemographicDataName(String demographicDataName) {
        this.demographicDataName = demographicDataName;
    }

    /** Fluent setter. */
    public FilterRequest demographicDataName(String demographicDataName) {
        this.demographicDataName = demographicDataName;
        return this;
    }

    public String getDemographicDataValue() {
        return demographicDataValue;
    }

    public void setDemographicDataValue(String demographicDataValue) {
        this.demographicDataValue = demographicDataValue;
    }

    /** Fluent setter. */
    public FilterRequest demographicDataValue(String demographicDataValue) {
        this.demographicDataValue = demographicDataValue;
        return this;
    }

    public Integer getOperatorValue() {
        return operatorValue;
    }

    public void setOperatorValue(Integer operatorValue) {
        this.operatorValue = operatorValue;
    }

    /** Fluent setter. */
    public FilterRequest operatorValue(Integer operatorValue) {
        this.operatorValue = operatorValue;
        return this;
    }
}
