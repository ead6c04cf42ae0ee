package com.regimen.core.patients;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Whether a patient's latest intake is recent enough to screen on. Older than the tenant's limit,
 * it must be confirmed with the patient (the answers still hold) or answered again: a pregnancy or
 * a new medicine may have happened since.
 */
public final class IntakeFreshness {
    public static final String INTAKE_STALE = "INTAKE_STALE";

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public IntakeFreshness(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** Refuses with 422 INTAKE_STALE when the latest intake is older than the limit; no intake is screening's call. */
    public void requireFresh(Handle handle, String tenantId, String patientId) {
        int days = ClinicalPolicy.of(handle, tenantId).intakeValidDays();
        handle.attach(IntakeConfirmationDao.class).latest(tenantId, patientId).ifPresent(standing -> {
            Instant now = clock.instant();
            if (standing.heldSince().plus(Duration.ofDays(days)).isBefore(now)) {
                throw new DomainException(ErrorKind.UNPROCESSABLE, INTAKE_STALE, "The patient's intake answers are "
                        + "older than " + days + " days: confirm them with the patient (POST /v1/patients/{id}/intake/"
                        + "confirm) or record new ones.", List.of(), Map.of("intakeVersion", standing.version(),
                        "heldSince", standing.heldSince().toString()));
            }
        });
    }

    /** The patient says the latest answers still hold: their age starts again, their version is unchanged. */
    public IntakeConfirmationDao.Standing confirm(StaffIdentity actor, String patientId) {
        return jdbi.inTransaction(handle -> {
            handle.attach(PatientDao.class).lock(actor.tenantId(), patientId)
                    .orElseThrow(() -> DomainException.notFound("Patient"));
            IntakeConfirmationDao dao = handle.attach(IntakeConfirmationDao.class);
            IntakeConfirmationDao.Standing standing = dao.latest(actor.tenantId(), patientId)
                    .orElseThrow(() -> DomainException.notFound("Intake"));
            Instant now = clock.instant();
            dao.confirm(actor.tenantId(), patientId, standing.version(), actor.actorId(), now);
            audit.record(handle, actor, "patient_intake.confirmed", "patient", patientId,
                    Map.of("version", standing.version()));
            return new IntakeConfirmationDao.Standing(standing.version(), standing.recordedAt(), now);
        });
    }
}
