package com.regimen.core.plugins;

import com.regimen.core.errors.DomainException;

import java.util.Collection;
import java.util.Map;

/** The installed treatment plugins, by id. Fixed after start-up. */
public final class PluginRegistry {
    private final Map<String, LoadedPlugin> byId;

    PluginRegistry(Map<String, LoadedPlugin> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** @throws DomainException 404 when no such treatment is installed */
    public LoadedPlugin get(String treatmentId) {
        LoadedPlugin plugin = treatmentId == null ? null : byId.get(treatmentId);
        if (plugin == null) {
            throw DomainException.notFound("Treatment");
        }
        return plugin;
    }

    public Collection<LoadedPlugin> all() {
        return byId.values().stream().sorted(java.util.Comparator.comparing(LoadedPlugin::id)).toList();
    }
}
