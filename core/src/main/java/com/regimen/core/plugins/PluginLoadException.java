package com.regimen.core.plugins;

/** A plugin that must not run; the server refuses to start, and the message names the jar. */
public class PluginLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginLoadException(String message) {
        super(message);
    }

    public PluginLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
