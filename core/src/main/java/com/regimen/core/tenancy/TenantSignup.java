package com.regimen.core.tenancy;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.ids.Ids;
import com.regimen.core.identity.ActorType;
import com.regimen.core.staff.ApiKeys;
import com.regimen.core.staff.EmailAddresses;
import com.regimen.core.staff.IssuedApiKey;
import com.regimen.core.staff.PasswordPolicy;
import com.regimen.core.identity.Role;
import com.regimen.core.staff.StaffDirectory;
import com.regimen.core.staff.StaffUser;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Map;

/** A clinic chain signs up: the tenant, its owner and a first API key are made together or not at all. */
public final class TenantSignup {
    private final Jdbi jdbi;
    private final Clock clock;
    private final StaffDirectory staff;
    private final ApiKeys apiKeys;
    private final AuditTrail audit;
    private final SignupThrottle throttle;

    public TenantSignup(Jdbi jdbi, Clock clock, StaffDirectory staff, ApiKeys apiKeys, AuditTrail audit,
                        SignupThrottle throttle) {
        this.throttle = throttle;
        this.jdbi = jdbi;
        this.clock = clock;
        this.staff = staff;
        this.apiKeys = apiKeys;
        this.audit = audit;
    }

    /**
     * @param address the client's address, for the per-address limit; null when unknown
     * @throws com.regimen.core.errors.DomainException 429 SIGNUP_RATE_LIMITED beyond the limit
     */
    public SignupResult signup(SignupForm form, String address) {
        String name = form.tenantName() == null ? "" : form.tenantName().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw DomainException.invalid("tenantName", "must be 1 to 200 characters");
        }
        String email = EmailAddresses.normalize("ownerEmail", form.ownerEmail());
        PasswordPolicy.check("ownerPassword", form.ownerPassword());
        String currency = TenantLocales.currency("currency", form.currency());
        String locale = TenantLocales.language("locale", form.locale());
        String ownerName = form.ownerName() == null || form.ownerName().isBlank() ? email : form.ownerName().strip();
        throttle.admit(address);
        String passwordHash = staff.hashPassword(form.ownerPassword());

        Tenant tenant = new Tenant(Ids.newId(), name, currency, locale, clock.instant());
        return jdbi.inTransaction(handle -> {
            handle.attach(TenantDao.class).insert(tenant);
            StaffUser owner = staff.insert(handle, tenant.tenantId(), email, ownerName, Role.OWNER, passwordHash);
            IssuedApiKey key = apiKeys.insert(handle, tenant.tenantId(), "Created at signup", Role.OWNER, owner.id());
            audit.record(handle, tenant.tenantId(), ActorType.USER, owner.id(), "tenant.created", "tenant",
                    tenant.tenantId(), Map.of("currency", currency, "locale", locale));
            audit.record(handle, tenant.tenantId(), ActorType.USER, owner.id(), "staff_user.created", "staff_user",
                    owner.id(), Map.of("role", Role.OWNER));
            audit.record(handle, tenant.tenantId(), ActorType.USER, owner.id(), "api_key.created", "api_key",
                    key.key().id(), Map.of("role", Role.OWNER));
            return new SignupResult(tenant.tenantId(), owner.id(), key.secret());
        });
    }
}
