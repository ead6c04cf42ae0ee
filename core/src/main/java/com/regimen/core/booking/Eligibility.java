package com.regimen.core.booking;

import com.regimen.core.clearance.Clearance;
import com.regimen.core.clearance.Clearances;
import com.regimen.core.clearance.FindingEvidence;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.patients.IntakeFreshness;
import com.regimen.core.patients.PatchTests;
import com.regimen.core.patients.Patient;
import com.regimen.core.patients.PatientIntakeDao;
import com.regimen.core.patients.PatientRecords;
import com.regimen.core.patients.Screening;
import com.regimen.core.patients.ScreeningOutcome;
import com.regimen.core.patients.Screenings;
import com.regimen.core.plugins.TreatmentMenu;
import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.plugin.spi.Prerequisites;
import com.regimen.plugin.spi.TreatmentProtocol;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether this patient may have this treatment at this location now: the clinical gate every path
 * passes (booking, a course, reschedule, check-in). It re-screens the latest intake each time, so
 * a pregnancy reported after booking refuses the next step. Where the practitioner, room and hours
 * are concerned, {@link ResourceRules} decides (the slot allocation applies them under its locks).
 */
public final class Eligibility {
    private final Jdbi jdbi;
    private final Clock clock;
    private final TreatmentMenu menu;
    private final PatientRecords patients;
    private final Screenings screenings;
    private final IntakeFreshness freshness;

    public Eligibility(Jdbi jdbi, Clock clock, TreatmentMenu menu, PatientRecords patients, Screenings screenings,
                       IntakeFreshness freshness) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.menu = menu;
        this.patients = patients;
        this.screenings = screenings;
        this.freshness = freshness;
    }

    /** What the gate let through: the screening it judged, and the clearance answering it (null if none was needed). */
    /**
     * @param asOf          the day the patient was screened for
     * @param screeningKept whether the screening is recorded already; if not, the booking's
     *                      transaction records it ({@link #keepScreening})
     */
    public record Admission(String patientId, TreatmentMenu.OfferedTreatment treatment, Location location,
                            Screening screening, Clearance clearance, LocalDate asOf, boolean screeningKept) {
        public TreatmentProtocol protocol() {
            return treatment.plugin().protocol();
        }

        public String clearanceId() {
            return clearance == null ? null : clearance.id();
        }
    }

    /** The gate for a session starting at {@code sessionStart}: screened as of that day at the location. */
    public Admission admit(StaffIdentity actor, String patientId, String treatmentId, String locationId,
                           Instant sessionStart) {
        return admit(actor, patientId, treatmentId, locationId,
                location -> sessionStart.atZone(location.timezone()).toLocalDate(), true, true);
    }

    /**
     * The gate for a new booking: as {@link #admit}, but a screening that lets the booking through
     * is recorded by the booking's own transaction ({@link #keepScreening}), one commit instead of
     * two. A refusing screening (CONTRAINDICATED, CLEARANCE_REQUIRED) is recorded at once, because
     * its refusal names it.
     */
    Admission admitToBook(StaffIdentity actor, String patientId, String treatmentId, String locationId,
                          Instant sessionStart) {
        return admit(actor, patientId, treatmentId, locationId,
                location -> sessionStart.atZone(location.timezone()).toLocalDate(), false, true);
    }

    /** The gate for a session on {@code sessionDate} (a day at the location), e.g. the first day slots are sought. */
    public Admission admitOn(StaffIdentity actor, String patientId, String treatmentId, String locationId,
                             LocalDate sessionDate) {
        return admit(actor, patientId, treatmentId, locationId, location -> sessionDate, true, true);
    }

    /**
     * The gate again for a booked appointment, as it stands now, for its session's day; a treatment
     * switched off at the location since it was booked does not refuse it ({@link LocationOffer}).
     */
    public Admission readmit(StaffIdentity actor, Appointment appointment) {
        return admit(actor, appointment.patientId(), appointment.treatmentId(), appointment.locationId(),
                location -> appointment.startsAt().atZone(location.timezone()).toLocalDate(), true, false);
    }

    /** The gate again for a booked appointment moving to {@code sessionStart}, screened as of that day. */
    public Admission readmit(StaffIdentity actor, Appointment appointment, Instant sessionStart) {
        return admit(actor, appointment.patientId(), appointment.treatmentId(), appointment.locationId(), sessionStart);
    }

    private Admission admit(StaffIdentity actor, String patientId, String treatmentId, String locationId,
                            Function<Location, LocalDate> sessionDay, boolean keepNow, boolean newSession) {
        // One connection for the whole gate: Jdbi hands the thread's open handle to the nested
        // withHandle, useHandle and useTransaction calls below and in the services they call (its
        // HandleScope), where each used to check out a connection of its own (six per booking).
        return jdbi.withHandle(gate -> {
            Patient patient = patients.get(actor, patientId);
            TreatmentMenu.OfferedTreatment treatment = menu.offered(actor, treatmentId);
            Location location = Locations.find(gate, actor.tenantId(), locationId);
            return admit(actor, patient, treatment, location, sessionDay.apply(location), keepNow, newSession);
        });
    }

    private Admission admit(StaffIdentity actor, Patient patient, TreatmentMenu.OfferedTreatment treatment,
                            Location location, LocalDate sessionDate, boolean keepNow, boolean newSession) {
        if (!location.active()) {
            throw BookingRefusal.unprocessable("LOCATION_INACTIVE", "That location is deactivated.");
        }
        jdbi.useHandle(handle -> LocationOffer.require(handle, location, treatment.plugin(), newSession));
        jdbi.useHandle(handle -> freshness.requireFresh(handle, actor.tenantId(), patient.id()));
        Screening screening = screenings.judge(actor, patient, treatment, location.id(), sessionDate);
        if (keepNow || screening.outcome() == ScreeningOutcome.BLOCKED) {
            jdbi.useTransaction(handle -> screenings.record(handle, actor, screening, sessionDate));
        }
        if (screening.outcome() == ScreeningOutcome.BLOCKED) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "CONTRAINDICATED",
                    "Screening found a contraindication; this treatment cannot be given to this patient.", List.of(),
                    Map.of("screeningId", screening.id(), "findings", screening.findings()));
        }
        Clearance clearance = null;
        if (screening.outcome() == ScreeningOutcome.NEEDS_CLEARANCE) {
            Map<String, String> findings = FindingEvidence.of(screening);
            Optional<Clearance> covering = jdbi.withHandle(handle -> Clearances.covering(handle, actor.tenantId(),
                    patient.id(), treatment.plugin().id(), findings, clock.instant()));
            if (covering.isEmpty()) {
                if (!keepNow) {
                    jdbi.useTransaction(handle -> screenings.record(handle, actor, screening, sessionDate));
                }
                throw clearanceRequired(screening);
            }
            clearance = covering.get();
        }
        return new Admission(patient.id(), treatment, location, screening, clearance, sessionDate, keepNow
                || screening.outcome() == ScreeningOutcome.BLOCKED);
    }

    /**
     * Inside the writing transaction: nothing the gate relied on changed since it ran (new intake
     * answers, a revoked clearance), so a racing change cannot slip between the check and the write.
     */
    void stillHolds(Handle handle, String tenantId, Admission admission) {
        int latest = handle.attach(PatientIntakeDao.class).latestVersion(tenantId, admission.patientId());
        Integer judged = admission.screening().intakeVersion();
        if (latest != (judged == null ? 0 : judged)) {
            throw new DomainException(ErrorKind.CONFLICT, "INTAKE_CHANGED", "The patient's intake answers changed "
                    + "while this was being checked; try again (the new answers will be screened).");
        }
        if (admission.clearance() != null) {
            Optional<Clearance> now = Clearances.find(handle, tenantId, admission.clearanceId());
            if (now.isEmpty() || !now.get().validAt(clock.instant())) {
                throw clearanceRequired(admission.screening());
            }
        }
    }

    /** Records the admission's screening in the booking's transaction, unless the gate recorded it already. */
    void keepScreening(Handle handle, StaffIdentity actor, Admission admission) {
        if (!admission.screeningKept()) {
            screenings.record(handle, actor, admission.screening(), admission.asOf());
        }
    }

    /**
     * The clearance the gate relied on must still hold on the session's day, not only today: a
     * clearance expiring before the session would let a booking stand that its check-in must refuse.
     */
    void requireClearanceOn(Admission admission, Instant start) {
        if (admission.clearance() != null && !admission.clearance().validAt(start)) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "CLEARANCE_EXPIRES_BEFORE_SESSION", "The physician's "
                    + "clearance expires on " + admission.clearance().expiresAt() + ", before this session ("
                    + start + "): a physician records a new clearance first.", List.of(),
                    Map.of("clearanceId", admission.clearanceId(), "expiresAt",
                            admission.clearance().expiresAt().toString(), "sessionStart", start.toString()));
        }
    }

    /** A treatment needing a patch test needs one without reaction, done before {@code start}. */
    void requirePatchTest(Handle handle, String tenantId, Admission admission, Instant start) {
        if (!admission.protocol().prerequisites().contains(Prerequisites.PATCH_TEST)) {
            return;
        }
        switch (PatchTests.standing(handle, tenantId, admission.patientId(), admission.treatment().plugin(), start)) {
            case VALID -> {
            }
            case NONE -> throw BookingRefusal.unprocessable("PREREQUISITE_MISSING",
                    "A patch test without reaction must be recorded before the first session.");
            case TOO_EARLY -> throw BookingRefusal.unprocessable("PATCH_TEST_TOO_EARLY",
                    "The latest patch test was read sooner than the treatment's minimum wait; read it again.");
            case EXPIRED -> throw BookingRefusal.unprocessable("PATCH_TEST_EXPIRED",
                    "The latest patch test is no longer valid on the day of the session; repeat it.");
            case POSITIVE -> {
                // A reaction is a CLEARANCE finding of the screening; only a physician's clearance covering it lets it through.
                if (admission.clearance() == null
                        || !admission.clearance().covers(List.of(Screenings.PATCH_TEST_POSITIVE))) {
                    throw BookingRefusal.unprocessable(Screenings.PATCH_TEST_POSITIVE,
                            "The latest patch test showed a reaction; only a physician's clearance allows booking.");
                }
            }
        }
    }

    private static DomainException clearanceRequired(Screening screening) {
        List<String> codes = new ArrayList<>(Clearances.clearanceCodes(screening));
        return new DomainException(ErrorKind.UNPROCESSABLE, "CLEARANCE_REQUIRED", "Screening needs a physician's "
                + "clearance covering " + codes + ": a physician records it with POST /v1/patients/{id}/clearances.",
                List.of(), Map.of("screeningId", screening.id(), "findings", screening.findings(),
                "uncovered", codes));
    }
}
