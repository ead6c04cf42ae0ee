package com.regimen.core.plugins;

/**
 * A plugin failed (threw, timed out, or answered outside its contract). The message is ours and
 * names the plugin; the plugin's own message is never shown to clients.
 */
public class PluginFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String pluginId;

    public PluginFailedException(String pluginId, String message, Throwable cause) {
        super(message, cause);
        this.pluginId = pluginId;
    }

    public String pluginId() {
        return pluginId;
    }
}
