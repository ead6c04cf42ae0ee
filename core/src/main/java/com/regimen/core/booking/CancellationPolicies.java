package com.regimen.core.booking;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.errors.FieldError;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and changes a tenant's {@link CancellationPolicy}; no saved policy means the defaults. */
public final class CancellationPolicies {
    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public CancellationPolicies(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    public CancellationPolicy get(StaffIdentity reader) {
        return jdbi.withHandle(handle -> of(handle, reader.tenantId()));
    }

    /** The policy in force, read inside the caller's transaction (the cancellation's own). */
    static CancellationPolicy of(Handle handle, String tenantId) {
        return handle.attach(CancellationPolicyDao.class).find(tenantId).orElse(CancellationPolicy.DEFAULTS);
    }

    /** Applies to appointments cancelled or missed from now on; closed ones keep the fee they got. */
    public CancellationPolicy update(StaffIdentity actor, CancellationPolicy policy) {
        check(policy);
        return jdbi.inTransaction(handle -> {
            handle.attach(CancellationPolicyDao.class).save(actor.tenantId(), policy, clock.instant());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("freeCancellationHours", policy.freeCancellationHours());
            details.put("lateCancelFee", policy.lateCancelFee());
            details.put("noShowFee", policy.noShowFee());
            if (policy.lateCancelFeePercent() != null) {
                details.put("lateCancelFeePercent", policy.lateCancelFeePercent());
            }
            if (policy.noShowFeePercent() != null) {
                details.put("noShowFeePercent", policy.noShowFeePercent());
            }
            audit.record(handle, actor, "cancellation_policy.updated", "tenant", actor.tenantId(), details);
            return policy;
        });
    }

    private static void check(CancellationPolicy policy) {
        List<FieldError> errors = new ArrayList<>();
        if (policy.freeCancellationHours() < 0
                || policy.freeCancellationHours() > CancellationPolicy.MAX_FREE_CANCELLATION_HOURS) {
            errors.add(new FieldError("freeCancellationHours",
                    "must be 0 to " + CancellationPolicy.MAX_FREE_CANCELLATION_HOURS + " hours"));
        }
        checkFee("lateCancelFee", policy.lateCancelFee(), policy.lateCancelFeePercent(), errors);
        checkFee("noShowFee", policy.noShowFee(), policy.noShowFeePercent(), errors);
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "VALIDATION_FAILED", "The cancellation policy is not valid.",
                    errors, Map.of());
        }
    }

    private static void checkFee(String field, CancellationFee basis, Integer percent, List<FieldError> errors) {
        if (basis == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (basis == CancellationFee.PERCENT_OF_PRICE) {
            if (percent == null || percent < 1 || percent > 100) {
                errors.add(new FieldError(field + "Percent", "must be 1 to 100 when the fee is PERCENT_OF_PRICE"));
            }
        } else if (percent != null) {
            errors.add(new FieldError(field + "Percent", "must be empty unless the fee is PERCENT_OF_PRICE"));
        }
    }
}
