package com.regimen.web.api;

import com.regimen.core.plugins.TreatmentQuote;

import java.time.Instant;
import java.util.List;

public record QuoteView(String id, String treatmentId, String pluginVersion, int sessions, Money total,
                        Money perSession, Money deposit, List<Line> lines, Instant createdAt) {
    public record Line(String label, Money amount) {
    }

    public static QuoteView of(TreatmentQuote q, String language) {
        String currency = q.quote().currency();
        return new QuoteView(q.id(), q.treatmentId(), q.pluginVersion(), q.sessions(),
                new Money(q.quote().total(), currency), new Money(q.quote().perSession(), currency),
                new Money(q.quote().deposit(), currency),
                q.quote().lines().stream().map(l -> new Line(l.label().in(language), new Money(l.amount(), currency)))
                        .toList(),
                q.createdAt());
    }
}
