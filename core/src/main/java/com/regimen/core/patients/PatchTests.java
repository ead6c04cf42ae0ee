package com.regimen.core.patients;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.ids.Ids;
import com.regimen.core.plugins.PluginRegistry;
import com.regimen.core.staff.StaffIdentity;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Recorded patch tests; booking checks them for treatments whose protocol requires one. */
public final class PatchTests {
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

    public PatchTest record(StaffIdentity actor, String patientId, String treatmentId, Instant performedAt,
                            boolean reaction, String notes) {
        plugins.get(treatmentId);
        Instant now = clock.instant();
        if (performedAt.isAfter(now.plusSeconds(300))) {
            throw DomainException.invalid("performedAt", "must not be in the future");
        }
        if (notes != null && notes.length() > 1000) {
            throw DomainException.invalid("notes", "must be at most 1000 characters");
        }
        PatchTest test = new PatchTest(Ids.newId(), patientId, treatmentId, performedAt, reaction, notes,
                actor.actorId(), now);
        jdbi.useTransaction(handle -> {
            handle.attach(PatientDao.class).find(actor.tenantId(), patientId)
                    .orElseThrow(() -> DomainException.notFound("Patient"));
            handle.attach(PatchTestDao.class).insert(actor.tenantId(), test);
            audit.record(handle, actor, "patch_test.recorded", "patient", patientId,
                    Map.of("treatmentId", treatmentId, "reaction", reaction, "patchTestId", test.id()));
        });
        return test;
    }

    public List<PatchTest> forPatient(StaffIdentity reader, String patientId) {
        return jdbi.withHandle(handle -> {
            handle.attach(PatientDao.class).find(reader.tenantId(), patientId)
                    .orElseThrow(() -> DomainException.notFound("Patient"));
            return handle.attach(PatchTestDao.class).forPatient(reader.tenantId(), patientId);
        });
    }
}
