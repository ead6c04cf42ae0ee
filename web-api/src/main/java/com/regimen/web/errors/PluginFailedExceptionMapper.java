package com.regimen.web.errors;

import com.regimen.core.plugins.PluginFailedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A treatment plugin failed: 500 naming the treatment, never the plugin's own words. */
@Provider
public class PluginFailedExceptionMapper implements ExceptionMapper<PluginFailedException> {
    private static final Logger LOG = LoggerFactory.getLogger(PluginFailedExceptionMapper.class);

    @Override
    public Response toResponse(PluginFailedException e) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("Plugin failure {}: {}", errorId, e.getMessage(), e.getCause());
        return ProblemResponses.of(Problem.of(500, "PLUGIN_FAILED", "Server error",
                "The " + e.pluginId() + " treatment could not answer. Nothing was saved; quote error id " + errorId
                        + " to support.", List.of(), Map.of("errorId", errorId, "treatmentId", e.pluginId())));
    }
}
