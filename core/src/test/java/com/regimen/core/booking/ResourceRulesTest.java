package com.regimen.core.booking;

import com.regimen.core.scheduling.Closure;
import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.Practitioner;
import com.regimen.core.scheduling.PractitionerCredential;
import com.regimen.core.scheduling.Room;
import com.regimen.core.scheduling.Shift;
import com.regimen.core.scheduling.TimeRange;
import com.regimen.plugin.spi.Credential;
import com.regimen.plugin.spi.TreatmentProtocol;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The one copy of the resource rules that availability and the slot allocation share. */
class ResourceRulesTest {
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final LocalDate SUNDAY = LocalDate.of(2027, 1, 10);
    private static final TreatmentProtocol PRP = new TreatmentProtocol(1, 6, 28, 60,
            Set.of(Credential.PHYSICIAN, Credential.NURSE), Set.of("centrifuge"), "regen", List.of(), List.of(),
            List.of(), Set.of(), List.of());

    private static Location location(Set<String> accreditations) {
        return new Location("t", "loc", "Branch", RIYADH, "SAR", Map.of(DayOfWeek.SUNDAY,
                List.of(new TimeRange(LocalTime.of(9, 0), LocalTime.of(13, 0)),
                        new TimeRange(LocalTime.of(14, 0), LocalTime.of(17, 0)))),
                List.of(new Closure(SUNDAY.plusWeeks(1), "holiday")), accreditations, 15, true, Instant.EPOCH,
                Instant.EPOCH);
    }

    private static Practitioner practitioner(Credential type, LocalDate expires, boolean active) {
        return new Practitioner("t", "p", "P", null, List.of(new PractitionerCredential(type, "L", expires)),
                List.of(new Shift("loc", DayOfWeek.SUNDAY, new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0)))),
                active, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void aLicenceCountsOnlyIfOfANeededKindUnexpiredOnTheDayAndHeldByAnActivePractitioner() {
        assertThat(ResourceRules.qualified(practitioner(Credential.NURSE, null, true), PRP, SUNDAY)).isTrue();
        assertThat(ResourceRules.qualified(practitioner(Credential.NURSE, SUNDAY, true), PRP, SUNDAY)).isTrue();
        assertThat(ResourceRules.qualified(practitioner(Credential.NURSE, SUNDAY.minusDays(1), true), PRP, SUNDAY))
                .isFalse();
        assertThat(ResourceRules.qualified(practitioner(Credential.AESTHETICIAN, null, true), PRP, SUNDAY)).isFalse();
        assertThat(ResourceRules.qualified(practitioner(Credential.NURSE, null, false), PRP, SUNDAY)).isFalse();
    }

    @Test
    void aShiftMustCoverTheWholeSessionAtThatLocation() {
        Practitioner p = practitioner(Credential.NURSE, null, true);
        assertThat(ResourceRules.onShift(p, "loc", SUNDAY, LocalTime.of(9, 0), LocalTime.of(10, 0))).isTrue();
        assertThat(ResourceRules.onShift(p, "loc", SUNDAY, LocalTime.of(11, 30), LocalTime.of(12, 30))).isFalse();
        assertThat(ResourceRules.onShift(p, "other", SUNDAY, LocalTime.of(9, 0), LocalTime.of(10, 0))).isFalse();
        assertThat(ResourceRules.onShift(p, "loc", SUNDAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(10, 0)))
                .isFalse();
    }

    @Test
    void roomsNeedTheEquipmentAndTheLocationAndToBeActive() {
        Room fitted = new Room("t", "r", "loc", "R", Set.of("centrifuge", "laser"), 15, true, Instant.EPOCH,
                Instant.EPOCH);
        assertThat(ResourceRules.suitable(fitted, "loc", PRP)).isTrue();
        assertThat(ResourceRules.suitable(fitted, "other", PRP)).isFalse();
        assertThat(ResourceRules.suitable(new Room("t", "r", "loc", "R", Set.of("laser"), 15, true, Instant.EPOCH,
                Instant.EPOCH), "loc", PRP)).isFalse();
        assertThat(ResourceRules.suitable(new Room("t", "r", "loc", "R", Set.of("centrifuge"), 15, false,
                Instant.EPOCH, Instant.EPOCH), "loc", PRP)).isFalse();
    }

    @Test
    void aSessionLiesWithinOneOpeningRangeOnAnOpenDay() {
        Location location = location(Set.of("regen"));
        assertThat(ResourceRules.withinHours(location, at(SUNDAY, 9, 0), at(SUNDAY, 10, 0))).isTrue();
        assertThat(ResourceRules.withinHours(location, at(SUNDAY, 12, 30), at(SUNDAY, 13, 30))).as("over lunch")
                .isFalse();
        assertThat(ResourceRules.withinHours(location, at(SUNDAY, 16, 30), at(SUNDAY, 17, 30))).isFalse();
        LocalDate closed = SUNDAY.plusWeeks(1);
        assertThat(ResourceRules.withinHours(location, at(closed, 9, 0), at(closed, 10, 0))).as("closure").isFalse();
    }

    @Test
    void aLocationOffersWhatItIsAccreditedForUnlessSwitchedOff() {
        Location location = location(Set.of("regen"));
        assertThat(LocationOffer.of(location, PRP, false)).isEqualTo(LocationOffer.OFFERED);
        assertThat(LocationOffer.of(location, PRP, true)).isEqualTo(LocationOffer.SWITCHED_OFF);
        assertThat(LocationOffer.of(location(Set.of()), PRP, false)).isEqualTo(LocationOffer.NOT_ACCREDITED);
        assertThat(LocationOffer.of(location(Set.of()), PRP, true)).as("the accreditation is named first")
                .isEqualTo(LocationOffer.NOT_ACCREDITED);
    }

    private static ZonedDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(RIYADH);
    }
}
