package com.regimen.plugin.spi;

import java.util.List;

/**
 * The price of a course. Regimen checks: lines sum to {@code total}, nothing negative, deposit
 * not above total, currency that of the request.
 */
public record Quote(String currency, List<QuoteLine> lines, long total, long perSession, long deposit) {
    public Quote {
        lines = List.copyOf(lines);
    }
}
