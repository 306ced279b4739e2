package io.github.camelmartech.apsis.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** Which CSV column fills which demographic field. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class DemographicMapping extends MarTechBean {

    private Integer importFilePosition;
    private String demographicDataField;

    public Integer getImportFilePosition() {
        return importFilePosition;
    }

    public void setImportFilePosition(Integer importFilePosition) {
        this.importFilePosition = importFilePosition;
    }

    /** Fluent setter. */
    public DemographicMapping importFilePosition(Integer importFilePosition) {
        this.importFilePosition = importFilePosition;
        return this;
    }

    public String getDemographicDataField() {
        return demographicDataField;
    }

    public void setDemographicDataField(String demographicDataField) {
        this.demographicDataField = demographicDataField;
    }

    /** Fluent setter. */
    public DemographicMapping demographicDataField(String demographicDataField) {
        this.demographicDataField = demographicDataField;
        return this;
    }
}
