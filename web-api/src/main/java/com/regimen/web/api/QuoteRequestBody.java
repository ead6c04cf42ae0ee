package com.regimen.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code {"sessions": 3, ...plugin options}}: any other top-level field is an option for the
 * treatment's plugin (e.g. {@code "cellSource": "donor"}), passed as text.
 */
@Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
public class QuoteRequestBody {
    @NotNull
    @Min(1)
    @Max(100)
    private Integer sessions;

    private final Map<String, String> options = new LinkedHashMap<>();

    @JsonProperty
    public Integer getSessions() {
        return sessions;
    }

    @JsonProperty
    public void setSessions(Integer sessions) {
        this.sessions = sessions;
    }

    @JsonAnySetter
    public void option(String name, Object value) {
        if (value != null && !(value instanceof String) && !(value instanceof Number) && !(value instanceof Boolean)) {
            throw new IllegalArgumentException("Treatment options must be plain values");
        }
        if (options.size() >= 20) {
            throw new IllegalArgumentException("At most 20 treatment options");
        }
        options.put(name, value == null ? null : String.valueOf(value));
    }

    @JsonAnyGetter
    public Map<String, String> options() {
        return options;
    }
}
