package com.regimen.core.discounts;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.errors.FieldError;
import com.regimen.core.ids.Ids;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.tenancy.TenantLocales;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The discount rules an owner defines. Rules are deactivated rather than deleted, because applied
 * discounts name them; a change to a rule never changes a discount already applied.
 */
public final class DiscountRules {
    private static final long MAX_AMOUNT = 100_000_000_000L;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Predicate<String> installedTreatment;
    private final AuditTrail audit;

    /** @param installedTreatment whether a treatment id names an installed treatment */
    public DiscountRules(Jdbi jdbi, Clock clock, Predicate<String> installedTreatment, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.installedTreatment = installedTreatment;
        this.audit = audit;
    }

    public DiscountRule create(StaffIdentity owner, DiscountRuleForm form) {
        Instant now = clock.instant();
        DiscountRule rule = validated(Ids.newId(), form, owner.actorId(), now, now);
        return jdbi.inTransaction(handle -> {
            handle.attach(DiscountRuleDao.class).insert(owner.tenantId(), rule);
            audit.record(handle, owner, "discount_rule.created", "discount_rule", rule.id(), describe(rule));
            return rule;
        });
    }

    public DiscountRule update(StaffIdentity owner, String id, DiscountRuleForm form) {
        return jdbi.inTransaction(handle -> {
            DiscountRuleDao dao = handle.attach(DiscountRuleDao.class);
            DiscountRule current = dao.lock(owner.tenantId(), id)
                    .orElseThrow(() -> DomainException.notFound("Discount rule"));
            DiscountRule updated = validated(id, form, current.createdBy(), current.createdAt(), clock.instant());
            dao.update(owner.tenantId(), updated);
            audit.record(handle, owner, "discount_rule.updated", "discount_rule", id, describe(updated));
            return updated;
        });
    }

    /** Stops the rule being applied from now on; discounts it already gave stay. Repeating it is harmless. */
    public DiscountRule deactivate(StaffIdentity owner, String id) {
        return jdbi.inTransaction(handle -> {
            DiscountRuleDao dao = handle.attach(DiscountRuleDao.class);
            DiscountRule current = dao.lock(owner.tenantId(), id)
                    .orElseThrow(() -> DomainException.notFound("Discount rule"));
            DiscountRule off = new DiscountRule(id, current.name(), current.kind(), current.percent(), current.amount(),
                    current.currency(), current.treatmentId(), false, current.createdBy(), current.createdAt(),
                    clock.instant());
            dao.update(owner.tenantId(), off);
            audit.record(handle, owner, "discount_rule.deactivated", "discount_rule", id, Map.of());
            return off;
        });
    }

    public DiscountRule get(StaffIdentity reader, String id) {
        return jdbi.withExtension(DiscountRuleDao.class, dao -> dao.find(reader.tenantId(), id))
                .orElseThrow(() -> DomainException.notFound("Discount rule"));
    }

    public List<DiscountRule> all(StaffIdentity reader) {
        return jdbi.withExtension(DiscountRuleDao.class, dao -> dao.all(reader.tenantId()));
    }

    private DiscountRule validated(String id, DiscountRuleForm form, String createdBy, Instant createdAt,
                                   Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "must be 1 to 200 characters"));
        }
        String currency = null;
        if (form.kind() == null) {
            errors.add(new FieldError("kind", "must be PERCENT or FIXED"));
        } else if (form.kind() == DiscountKind.PERCENT) {
            if (form.percent() == null || form.percent() < 1 || form.percent() > 100) {
                errors.add(new FieldError("percent", "must be 1 to 100 for a PERCENT rule"));
            }
            if (form.amount() != null || form.currency() != null) {
                errors.add(new FieldError("amount", "a PERCENT rule takes percent, not amount or currency"));
            }
        } else {
            if (form.amount() == null || form.amount() < 1 || form.amount() > MAX_AMOUNT) {
                errors.add(new FieldError("amount", "must be 1 to " + MAX_AMOUNT + " (minor units) for a FIXED rule"));
            }
            if (form.percent() != null) {
                errors.add(new FieldError("percent", "a FIXED rule takes amount and currency, not percent"));
            }
            try {
                currency = TenantLocales.currency("currency", form.currency());
            } catch (DomainException e) {
                errors.addAll(e.fieldErrors());
            }
        }
        if (form.treatmentId() != null && !installedTreatment.test(form.treatmentId())) {
            errors.add(new FieldError("treatmentId", "is not an installed treatment"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "VALIDATION_FAILED", "The request is not valid", errors,
                    Map.of());
        }
        boolean percent = form.kind() == DiscountKind.PERCENT;
        return new DiscountRule(id, name, form.kind(), percent ? form.percent() : null,
                percent ? null : form.amount(), currency, form.treatmentId(),
                form.active() == null || form.active(), createdBy, createdAt, now);
    }

    private static Map<String, Object> describe(DiscountRule rule) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", rule.name());
        details.put("kind", rule.kind());
        details.put("value", rule.kind() == DiscountKind.PERCENT ? rule.percent() : rule.amount());
        if (rule.currency() != null) {
            details.put("currency", rule.currency());
        }
        details.put("treatmentId", rule.treatmentId() == null ? "*" : rule.treatmentId());
        details.put("active", rule.active());
        return details;
    }
}
