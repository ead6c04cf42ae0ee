package com.regimen.web.database;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/** Where the embedded MariaDB keeps its data, used when no database URL is configured. */
public class EmbeddedDatabaseSettings {
    @NotEmpty
    private String dataDir = "data/mariadb";

    @NotEmpty
    @Pattern(regexp = "[A-Za-z0-9_]{1,64}")
    private String databaseName = "regimen";

    @JsonProperty
    public String getDataDir() {
        return dataDir;
    }

    @JsonProperty
    public void setDataDir(String dataDir) {
        this.dataDir = dataDir;
    }

    @JsonProperty
    public String getDatabaseName() {
        return databaseName;
    }

    @JsonProperty
    public void setDatabaseName(String databaseName) {
        this.databaseName = databaseName;
    }
}
