package com.regimen.web.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;

/** Where third-party plugin jars live, and how long any plugin call may take. */
public class PluginSettings {
    private String directory = "data/plugins";

    @NotNull
    private Duration callTimeout = Duration.seconds(2);

    @JsonProperty
    public String getDirectory() {
        return directory;
    }

    @JsonProperty
    public void setDirectory(String directory) {
        this.directory = directory;
    }

    @JsonProperty
    public Duration getCallTimeout() {
        return callTimeout;
    }

    @JsonProperty
    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }
}
