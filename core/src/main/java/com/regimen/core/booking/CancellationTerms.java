package com.regimen.core.booking;

import java.time.Duration;
import java.time.Instant;

/**
 * The cancellation policy, in one place: free until 24 hours before the start; later, and on a
 * no-show, the deposit is kept as the fee. The lifecycle charges by it and the desk reads it before
 * asking "cancel?", so what the desk is told is what happens.
 *
 * @param freeUntil         the last instant a cancellation costs nothing
 * @param cancellationFeeNow what cancelling at {@code at} keeps (minor units of the appointment's currency)
 * @param noShowFee          what a no-show keeps
 */
public record CancellationTerms(Instant at, Instant freeUntil, long cancellationFeeNow, long noShowFee,
                                String currency) {
    static final Duration FREE_CANCELLATION = Duration.ofHours(24);

    public static CancellationTerms of(Appointment a, Instant at) {
        Instant freeUntil = a.startsAt().minus(FREE_CANCELLATION);
        return new CancellationTerms(at, freeUntil, cancellationFee(a, at), a.deposit(), a.currency());
    }

    static long cancellationFee(Appointment a, Instant at) {
        return at.isAfter(a.startsAt().minus(FREE_CANCELLATION)) ? a.deposit() : 0L;
    }
}
