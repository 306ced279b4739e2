package io.github.camelmartech.apsis.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** A batch of subscribers as APSIS import XML (about 2000 rows, 5 MB at most). */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class XmlImport extends MarTechBean {

    private String xmlData;

    public String getXmlData() {
        return xmlData;
    }

    public void setXmlData(String xmlData) {
        this.xmlData = xmlData;
    }

    /** Fluent setter. */
    public XmlImport xmlData(String xmlData) {
        this.xmlData = xmlData;
        return this;
    }
}
