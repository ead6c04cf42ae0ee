package com.regimen.plugin.spi;

/**
 * A plugin's deliberate refusal of a request (e.g. a session count out of range, an unknown
 * option). Regimen answers 422 with {@code code} and the message; any other exception from a
 * plugin is a 500 that shows nothing of it.
 */
public class PluginRejection extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final LocalizedText text;

    public PluginRejection(String code, LocalizedText text) {
        super(text.en(), null, false, false);
        this.code = code;
        this.text = text;
    }

    public String code() {
        return code;
    }

    public LocalizedText text() {
        return text;
    }
}
