package com.regimen.core.patients;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.errors.FieldError;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads and changes a tenant's {@link ClinicalSettings}. */
public final class ClinicalPolicy {
    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public ClinicalPolicy(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    public ClinicalSettings get(StaffIdentity reader) {
        return jdbi.withHandle(handle -> of(handle, reader.tenantId()));
    }

    public static ClinicalSettings of(Handle handle, String tenantId) {
        return handle.attach(ClinicalSettingsDao.class).find(tenantId).orElse(ClinicalSettings.DEFAULTS);
    }

    public ClinicalSettings update(StaffIdentity actor, Integer clearanceValidDays, Integer intakeValidDays) {
        List<FieldError> errors = new ArrayList<>();
        check("clearanceValidDays", clearanceValidDays, errors);
        check("intakeValidDays", intakeValidDays, errors);
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "VALIDATION_FAILED", "The clinical settings are not valid.",
                    errors, Map.of());
        }
        return jdbi.inTransaction(handle -> {
            handle.attach(ClinicalSettingsDao.class).save(actor.tenantId(), clearanceValidDays, intakeValidDays,
                    clock.instant());
            audit.record(handle, actor, "clinical_settings.updated", "tenant", actor.tenantId(),
                    Map.of("clearanceValidDays", clearanceValidDays, "intakeValidDays", intakeValidDays));
            return new ClinicalSettings(clearanceValidDays, intakeValidDays);
        });
    }

    private static void check(String field, Integer days, List<FieldError> errors) {
        if (days == null || days < 1 || days > ClinicalSettings.MAX_DAYS) {
            errors.add(new FieldError(field, "must be 1 to " + ClinicalSettings.MAX_DAYS + " days"));
        }
    }
}
