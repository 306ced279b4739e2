package io.github.camelmartech.apsis.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** A folder: FolderType is Content, Reports, Recipients or PreviewSpamTest. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class FolderRequest extends MarTechBean {

    private String folderName;
    private String folderType;

    public String getFolderName() {
        return folderName;
    }

    public void setFolderName(String folderName) {
        this.folderName = folderName;
    }

    /** Fluent setter. */
    public FolderRequest folderName(String folderName) {
        this.folderName = folderName;
        return this;
    }

    public String getFolderType() {
        return folderType;
    }

    public void setFolderType(String folderType) {
        this.folderType = folderType;
    }

    /** Fluent setter. */
    public FolderRequest folderType(String folderType) {
        this.folderType = folderType;
        return this;
    }
}
