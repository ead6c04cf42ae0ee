package com.regimen.plugin.spi;

import java.util.List;

/**
 * The common way to price a course: a price per session times the sessions, with the tenant's
 * deposit percentage. Plugins with other pricing write their own {@link TreatmentPlugin#quote}.
 */
public final class PerSessionPricing {
    private PerSessionPricing() {
    }

    public static Quote quote(QuoteRequest request, TreatmentProtocol protocol, String priceKey, LocalizedText label) {
        requireSessionsInRange(request, protocol);
        long perSession = request.prices().amount(priceKey).orElseThrow(() -> priceNotSet(priceKey));
        long total = Math.multiplyExact(perSession, request.sessions());
        QuoteLine line = new QuoteLine(LocalizedText.of(label.ar() + " × " + request.sessions(),
                label.en() + " × " + request.sessions()), total);
        return new Quote(request.prices().currency(), List.of(line), total, perSession,
                deposit(total, request.prices().depositPercent()));
    }

    public static void requireSessionsInRange(QuoteRequest request, TreatmentProtocol protocol) {
        if (request.sessions() < protocol.minSessions() || request.sessions() > protocol.maxSessions()) {
            throw new PluginRejection("SESSIONS_OUT_OF_RANGE", LocalizedText.of(
                    "عدد الجلسات يجب أن يكون بين " + protocol.minSessions() + " و" + protocol.maxSessions(),
                    "The number of sessions must be " + protocol.minSessions() + " to " + protocol.maxSessions()));
        }
    }

    public static PluginRejection priceNotSet(String priceKey) {
        return new PluginRejection("PRICE_NOT_SET", LocalizedText.of(
                "لم يُحدَّد سعر هذا العلاج بعملة العيادة (" + priceKey + ")",
                "No price is set for this treatment in the clinic's currency (" + priceKey + ")"));
    }

    /** Rounded down to the minor unit: a deposit never exceeds its percentage. */
    public static long deposit(long total, int percent) {
        return Math.multiplyExact(total, percent) / 100;
    }
}
