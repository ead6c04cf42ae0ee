package com.regimen.core.patients;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.errors.FieldError;
import com.regimen.core.ids.Ids;
import com.regimen.core.plugins.LoadedPlugin;
import com.regimen.core.plugins.PluginRegistry;
import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.Role;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.plugin.spi.PatchTestTiming;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recorded patch tests, and the one rule on whether they let a treatment go ahead ({@link #standing}):
 * the latest reading decides, read no sooner than the treatment's minimum wait and within its validity.
 */
public final class PatchTests {
    public static final String PATCH_TEST_TIME_IN_FUTURE = "PATCH_TEST_TIME_IN_FUTURE";
    public static final String PATCH_TEST_READ_BEFORE_APPLIED = "PATCH_TEST_READ_BEFORE_APPLIED";
    public static final String PRACTITIONER_REQUIRED = "PRACTITIONER_REQUIRED";

    private final Jdbi jdbi;
    private final Clock clock;
    private final PluginRegistry plugins;
    private final AuditTrail audit;

    public PatchTests(Jdbi jdbi, Clock clock, PluginRegistry plugins, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.plugins = plugins;
        this.audit = audit;
    }

    /**
     * Records a test applied at {@code appliedAt} and read at {@code readAt}. Times in the future are
     * refused: a result cannot be known before it is read. A reading sooner than the treatment's
     * minimum wait is kept (it happened) but does not count.
     */
    public PatchTest record(StaffIdentity actor, String patientId, String treatmentId, Instant appliedAt,
                            Instant readAt, boolean reaction, String notes) {
        plugins.get(treatmentId);
        Instant now = clock.instant();
        List<FieldError> future = new ArrayList<>();
        if (appliedAt.isAfter(now)) {
            future.add(new FieldError("appliedAt", "must not be in the future"));
        }
        if (readAt.isAfter(now)) {
            future.add(new FieldError("readAt", "must not be in the future"));
        }
        if (!future.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, PATCH_TEST_TIME_IN_FUTURE,
                    "A patch test cannot be applied or read in the future.", future, Map.of());
        }
        if (readAt.isBefore(appliedAt)) {
            throw new DomainException(ErrorKind.INVALID, PATCH_TEST_READ_BEFORE_APPLIED,
                    "A patch test is read after it is applied.",
                    List.of(new FieldError("readAt", "must not be before appliedAt")), Map.of());
        }
        if (notes != null && notes.length() > 1000) {
            throw DomainException.invalid("notes", "must be at most 1000 characters");
        }
        PatchTest test = new PatchTest(Ids.newId(), patientId, treatmentId, appliedAt, readAt, reaction, notes,
                actor.actorId(), now);
        jdbi.useTransaction(handle -> {
            handle.attach(PatientDao.class).find(actor.tenantId(), patientId)
                    .orElseThrow(() -> DomainException.notFound("Patient"));
            requireClinician(actor);
            handle.attach(PatchTestDao.class).insert(actor.tenantId(), test);
            audit.record(handle, actor, "patch_test.recorded", "patient", patientId,
                    Map.of("treatmentId", treatmentId, "reaction", reaction, "patchTestId", test.id()));
        });
        return test;
    }

    /**
     * Reading a patch test is a clinical observation: only a signed-in practitioner makes it. An owner or
     * manager is not a clinician by role, and an API key is no person who looked at the skin. Checked after
     * the patient is found, so another clinic's patient still answers 404.
     */
    private static void requireClinician(StaffIdentity actor) {
        if (actor.actorType() != ActorType.USER || actor.role() != Role.PRACTITIONER) {
            throw new DomainException(ErrorKind.FORBIDDEN, PRACTITIONER_REQUIRED,
                    "Only a signed-in practitioner may record a patch test reading.");
        }
    }

    public List<PatchTest> forPatient(StaffIdentity reader, String patientId) {
        return jdbi.withHandle(handle -> {
            handle.attach(PatientDao.class).find(reader.tenantId(), patientId)
                    .orElseThrow(() -> DomainException.notFound("Patient"));
            return handle.attach(PatchTestDao.class).forPatient(reader.tenantId(), patientId);
        });
    }

    /** Where the patient stands on {@code treatment}'s patch test on {@code asOf} (a session's start, or now). */
    public static PatchTestStanding standing(Handle handle, String tenantId, String patientId, LoadedPlugin treatment,
                                             Instant asOf) {
        Optional<PatchTest> latest = handle.attach(PatchTestDao.class)
                .latestReading(tenantId, patientId, treatment.id(), asOf);
        return latest.map(test -> judge(test, treatment.patchTestTiming(), asOf)).orElse(PatchTestStanding.NONE);
    }

    static PatchTestStanding judge(PatchTest latest, PatchTestTiming timing, Instant asOf) {
        if (latest.reaction()) {
            return PatchTestStanding.POSITIVE;
        }
        if (latest.readAt().isBefore(latest.appliedAt().plus(timing.minimumWaitBeforeReading()))) {
            return PatchTestStanding.TOO_EARLY;
        }
        if (timing.validityPeriod().filter(validity -> asOf.isAfter(latest.readAt().plus(validity))).isPresent()) {
            return PatchTestStanding.EXPIRED;
        }
        return PatchTestStanding.VALID;
    }
}
