package com.regimen.core.booking;

import com.regimen.core.plugins.LoadedPlugin;
import com.regimen.core.scheduling.Location;
import com.regimen.plugin.spi.TreatmentProtocol;
import org.jdbi.v3.core.Handle;

/**
 * Whether a location offers a treatment: the one copy of this rule, which booking, a course, a
 * reschedule and availability all ask. A location offers what the chain enables and its
 * accreditations allow, unless an owner or manager switched the treatment off there.
 */
public enum LocationOffer {
    OFFERED,
    NOT_ACCREDITED,
    SWITCHED_OFF;

    public static LocationOffer of(Handle handle, Location location, LoadedPlugin treatment) {
        return of(location, treatment.protocol(), handle.attach(LocationOfferingDao.class)
                .isSwitchedOff(location.tenantId(), location.id(), treatment.id()));
    }

    static LocationOffer of(Location location, TreatmentProtocol protocol, boolean switchedOff) {
        String required = protocol.requiredAccreditation();
        if (required != null && !location.accreditations().contains(required)) {
            return NOT_ACCREDITED;
        }
        return switchedOff ? SWITCHED_OFF : OFFERED;
    }

    /**
     * The refusal a booking or a move meets at a location that does not offer the treatment (422).
     * A visit already booked ({@code newSession} false: check-in, review) keeps its place when the
     * treatment is switched off later: switching off stops new bookings, it does not cancel any.
     */
    static void require(Handle handle, Location location, LoadedPlugin treatment, boolean newSession) {
        LocationOffer offer = newSession ? of(handle, location, treatment)
                : of(location, treatment.protocol(), false);
        switch (offer) {
            case OFFERED -> {
            }
            case NOT_ACCREDITED -> throw BookingRefusal.unprocessable("NOT_ACCREDITED", location.name()
                    + " is not accredited for " + treatment.descriptor().name().en() + " (needs '"
                    + treatment.protocol().requiredAccreditation() + "').");
            case SWITCHED_OFF -> throw BookingRefusal.unprocessable("TREATMENT_NOT_OFFERED_HERE", location.name()
                    + " does not offer " + treatment.descriptor().name().en()
                    + "; an owner or manager can switch it on for this location.");
        }
    }
}
