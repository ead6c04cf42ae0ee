package com.regimen.plugin.spi;

import java.util.Map;

/** A request for the price of a course: the number of sessions, and the plugin's own options. */
public record QuoteRequest(int sessions, Map<String, String> options, PriceSettings prices) {
    public QuoteRequest {
        options = Map.copyOf(options);
    }
}
