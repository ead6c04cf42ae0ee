package com.regimen.core.clearance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import com.regimen.core.json.JsonColumns;
import com.regimen.core.patients.ClinicalPolicy;
import com.regimen.core.patients.Patient;
import com.regimen.core.patients.PatientRecords;
import com.regimen.core.patients.Screening;
import com.regimen.core.patients.ScreeningOutcome;
import com.regimen.core.patients.Screenings;
import com.regimen.core.plugins.TreatmentMenu;
import com.regimen.core.scheduling.Physicians;
import com.regimen.core.identity.Role;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.Severity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Physicians' clearances: recorded only by a physician (see {@link Physicians}) against the
 * patient's screening as it stands now, listed on the patient, revocable, every change audited.
 */
public final class Clearances {
    private static final TypeReference<Map<String, String>> EVIDENCE = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> CODES = new TypeReference<>() {
    };

    private final Jdbi jdbi;
    private final Clock clock;
    private final TreatmentMenu menu;
    private final PatientRecords patients;
    private final Screenings screenings;
    private final AuditTrail audit;

    public Clearances(Jdbi jdbi, Clock clock, TreatmentMenu menu, PatientRecords patients, Screenings screenings,
                      AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.menu = menu;
        this.patients = patients;
        this.screenings = screenings;
        this.audit = audit;
    }

    /**
     * The patient is screened now, and the clearance answers that screening's CLEARANCE findings
     * ({@code findings} may name a subset). A BLOCK is never cleared.
     */
    public Clearance record(StaffIdentity actor, String patientId, String treatmentId, List<String> findings,
                            String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw DomainException.invalid("note", "must be 1 to 2000 characters");
        }
        // Another chain's patient is 404 whoever asks; one of this chain's, 403 to all but a physician.
        Patient patient = patients.get(actor, patientId);
        jdbi.useHandle(handle -> Physicians.require(handle, actor, today()));
        TreatmentMenu.OfferedTreatment treatment = menu.offered(actor, treatmentId);
        Screening screening = screenings.screen(actor, patient, treatment, null, today());
        if (screening.outcome() == ScreeningOutcome.BLOCKED) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "CONTRAINDICATED", "Screening found a "
                    + "contraindication; a clearance cannot answer it.", List.of(),
                    Map.of("screeningId", screening.id(), "findings", screening.findings()));
        }
        Set<String> open = clearanceCodes(screening);
        if (open.isEmpty()) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "NOTHING_TO_CLEAR", "The patient's screening for this "
                    + "treatment has no finding that needs a clearance.", List.of(),
                    Map.of("screeningId", screening.id()));
        }
        Set<String> answered = findings == null || findings.isEmpty() ? open : new LinkedHashSet<>(findings);
        if (!open.containsAll(answered)) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "FINDING_NOT_PRESENT", "A clearance answers only "
                    + "findings of the patient's current screening that need one: " + open + ".", List.of(),
                    Map.of("screeningId", screening.id(), "clearable", List.copyOf(open)));
        }
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            var physician = Physicians.require(handle, actor, today());
            int days = ClinicalPolicy.of(handle, actor.tenantId()).clearanceValidDays();
            String id = Ids.newId();
            Instant expiresAt = now.plus(Duration.ofDays(days));
            handle.attach(ClearanceDao.class).insert(actor.tenantId(), id, patientId, treatmentId,
                    JsonColumns.write(List.copyOf(answered)), JsonColumns.write(evidence(screening, answered)),
                    screening.id(), text, physician.id(), actor.actorId(),
                    now, expiresAt);
            // The note is health data: the audit names the findings answered, not what the physician wrote.
            audit.record(handle, actor, "clearance.recorded", "patient", patientId, Map.of("clearanceId", id,
                    "treatmentId", treatmentId, "findings", List.copyOf(answered), "physicianId", physician.id(),
                    "expiresAt", expiresAt.toString()));
            return find(handle, actor.tenantId(), id).orElseThrow();
        });
    }

    /** By a physician (as for recording) or an owner; a revoked clearance covers nothing from then on. */
    public Clearance revoke(StaffIdentity actor, String patientId, String clearanceId, String reason) {
        if (reason != null && reason.length() > 500) {
            throw DomainException.invalid("reason", "must be at most 500 characters");
        }
        return jdbi.inTransaction(handle -> {
            Clearance clearance = find(handle, actor.tenantId(), clearanceId)
                    .filter(c -> c.patientId().equals(patientId))
                    .orElseThrow(() -> DomainException.notFound("Clearance"));
            if (!actor.hasRole(Role.OWNER) || actor.actorType() != com.regimen.core.identity.ActorType.USER) {
                Physicians.require(handle, actor, today());
            }
            if (handle.attach(ClearanceDao.class).revoke(actor.tenantId(), clearanceId, actor.actorId(),
                    clock.instant(), reason == null || reason.isBlank() ? null : reason.strip()) != 1) {
                throw new DomainException(ErrorKind.CONFLICT, "ALREADY_REVOKED", "This clearance was revoked already.");
            }
            audit.record(handle, actor, "clearance.revoked", "patient", patientId, Map.of("clearanceId", clearanceId,
                    "treatmentId", clearance.treatmentId()));
            return find(handle, actor.tenantId(), clearanceId).orElseThrow();
        });
    }

    public List<Clearance> forPatient(StaffIdentity reader, String patientId) {
        patients.get(reader, patientId);
        return jdbi.withHandle(handle -> handle.attach(ClearanceDao.class).forPatient(reader.tenantId(), patientId)
                .stream().map(Clearances::fromRow).toList());
    }

    /** The newest clearance valid at {@code at} that answers every finding (code to fingerprint) as it is now. */
    public static Optional<Clearance> covering(Handle handle, String tenantId, String patientId, String treatmentId,
                                               Map<String, String> findings, Instant at) {
        return handle.attach(ClearanceDao.class).validFor(tenantId, patientId, treatmentId, at).stream()
                .map(Clearances::fromRow).filter(c -> c.coversEvidence(findings)).findFirst();
    }

    private static Map<String, String> evidence(Screening screening, Set<String> answered) {
        Map<String, String> evidence = new java.util.LinkedHashMap<>(FindingEvidence.of(screening));
        evidence.keySet().retainAll(answered);
        return evidence;
    }

    public static Optional<Clearance> find(Handle handle, String tenantId, String clearanceId) {
        return handle.attach(ClearanceDao.class).find(tenantId, clearanceId).map(Clearances::fromRow);
    }

    /** The codes of a screening's findings that a physician's clearance can answer. */
    public static Set<String> clearanceCodes(Screening screening) {
        Set<String> codes = new LinkedHashSet<>();
        for (ScreeningFinding finding : screening.findings()) {
            if (finding.severity() == Severity.CLEARANCE) {
                codes.add(finding.code());
            }
        }
        return codes;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static Clearance fromRow(ClearanceDao.Row r) {
        return new Clearance(r.id(), r.patientId(), r.treatmentId(), JsonColumns.read(r.findings(), CODES),
                r.findingEvidence() == null ? null : JsonColumns.read(r.findingEvidence(), EVIDENCE),
                r.screeningId(), r.note(), r.physicianId(), r.physicianName(), r.clearedBy(), r.clearedAt(),
                r.expiresAt(), r.revokedAt(), r.revokedBy(), r.revokeReason());
    }
}
