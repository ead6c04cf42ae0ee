package com.regimen.core.booking;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;

import java.util.List;
import java.util.Map;

/** The booking engine's refusals, with the codes of the API contract. */
final class BookingRefusal {
    private BookingRefusal() {
    }

    static DomainException slotTaken(String detail) {
        return new DomainException(ErrorKind.CONFLICT, "SLOT_TAKEN", detail);
    }

    static DomainException unprocessable(String code, String detail) {
        return new DomainException(ErrorKind.UNPROCESSABLE, code, detail);
    }

    /** The appointment's status is {@code appointmentStatus}: a problem's {@code status} is the HTTP one. */
    static DomainException invalidTransition(AppointmentStatus from, AppointmentStatus to) {
        return new DomainException(ErrorKind.CONFLICT, "INVALID_TRANSITION",
                "An appointment that is " + from + " cannot become " + to + ".", List.of(),
                Map.of("appointmentStatus", from.name()));
    }

    /** Cancelling now keeps a fee the canceller has not accepted; {@code fee} says how much, to ask again. */
    static DomainException cancellationFeeApplies(long fee, String currency) {
        return new DomainException(ErrorKind.CONFLICT, "CANCELLATION_FEE_APPLIES", "The free cancellation window "
                + "has passed: cancelling now keeps a fee of " + fee + " (minor units of " + currency + ").",
                List.of(), Map.of("fee", fee, "currency", currency));
    }
}
