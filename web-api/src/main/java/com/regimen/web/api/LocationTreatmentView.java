package com.regimen.web.api;

import com.regimen.core.booking.LocationOffer;
import com.regimen.core.booking.TreatmentOfferings;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One treatment at one location: bookable there ({@code offered}) only when the chain enables it,
 * the location's accreditations allow it and nobody switched it off there.
 */
public record LocationTreatmentView(String locationId, String treatmentId, String name, boolean enabledByChain,
                                    boolean accredited,
                                    @Schema(nullable = true) String requiredAccreditation,
                                    boolean switchedOff, boolean offered) {
    public static LocationTreatmentView of(String locationId, TreatmentOfferings.Offering o, String language) {
        return new LocationTreatmentView(locationId, o.treatment().id(), o.treatment().descriptor().name().in(language),
                o.enabledByChain(), o.offer() != LocationOffer.NOT_ACCREDITED,
                o.treatment().protocol().requiredAccreditation(), o.offer() == LocationOffer.SWITCHED_OFF, o.offered());
    }
}
