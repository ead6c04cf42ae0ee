package com.regimen.plugin.spi;

/**
 * One result of screening.
 *
 * @param code stable UPPER_SNAKE code (clients and audits switch on it), unique within the plugin
 */
public record ScreeningFinding(String code, Severity severity, LocalizedText message) {
}
