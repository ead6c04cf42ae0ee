package com.regimen.core.booking;

import java.time.Duration;
import java.time.Instant;

/**
 * A tenant's cancellation terms, and the one place a cancellation or no-show fee is worked out.
 * Booking fixes the fee on the appointment when it is cancelled or missed, so a later change of
 * policy never reprices an appointment already closed. Payments keep the fee from what was paid,
 * never more than the discounted price ({@code Dues}).
 *
 * @param freeCancellationHours cancelling at least this long before the start costs nothing
 * @param lateCancelFeePercent  set only when {@code lateCancelFee} is PERCENT_OF_PRICE
 * @param noShowFeePercent      set only when {@code noShowFee} is PERCENT_OF_PRICE
 */
public record CancellationPolicy(int freeCancellationHours, CancellationFee lateCancelFee,
                                 Integer lateCancelFeePercent, CancellationFee noShowFee, Integer noShowFeePercent) {
    public static final CancellationPolicy DEFAULTS = new CancellationPolicy(24, CancellationFee.DEPOSIT, null,
            CancellationFee.DEPOSIT, null);
    /** Thirty days: a longer window would make every cancellation late. */
    public static final int MAX_FREE_CANCELLATION_HOURS = 720;

    /** The fee for cancelling {@code appointment} at {@code now}: nothing inside the free window. */
    public long cancellationFee(Appointment appointment, Instant now) {
        boolean late = now.isAfter(appointment.startsAt().minus(Duration.ofHours(freeCancellationHours)));
        return late ? fee(lateCancelFee, lateCancelFeePercent, appointment) : 0L;
    }

    public long noShowFee(Appointment appointment) {
        return fee(noShowFee, noShowFeePercent, appointment);
    }

    private static long fee(CancellationFee basis, Integer percent, Appointment appointment) {
        return switch (basis) {
            case NONE -> 0L;
            case DEPOSIT -> appointment.deposit();
            case PERCENT_OF_PRICE -> Math.floorDiv(appointment.price() * percent + 50, 100);
        };
    }
}
