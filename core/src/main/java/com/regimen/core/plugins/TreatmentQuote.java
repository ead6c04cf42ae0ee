package com.regimen.core.plugins;

import com.regimen.plugin.spi.Quote;

import java.time.Instant;

/** A quote as given and kept, with the plugin version that priced it. */
public record TreatmentQuote(String id, String treatmentId, String pluginVersion, int sessions, Quote quote,
                             Instant createdAt) {
}
