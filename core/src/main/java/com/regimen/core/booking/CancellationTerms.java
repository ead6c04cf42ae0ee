package com.regimen.core.booking;

import java.time.Duration;
import java.time.Instant;

/**
 * What cancelling at a given moment, or a no-show, would keep under the tenant's
 * {@link CancellationPolicy}: the desk reads it before asking "cancel?", and the fees are the
 * policy's own, the ones the lifecycle charges, so what the desk is told is what happens.
 *
 * @param freeUntil          the last instant a cancellation costs nothing
 * @param cancellationFeeNow what cancelling at {@code at} keeps (minor units of the appointment's currency)
 * @param noShowFee          what a no-show keeps
 */
public record CancellationTerms(Instant at, Instant freeUntil, long cancellationFeeNow, long noShowFee,
                                String currency) {

    public static CancellationTerms of(Appointment a, Instant at, CancellationPolicy policy) {
        Instant freeUntil = a.startsAt().minus(Duration.ofHours(policy.freeCancellationHours()));
        return new CancellationTerms(at, freeUntil, policy.cancellationFee(a, at), policy.noShowFee(a), a.currency());
    }
}
