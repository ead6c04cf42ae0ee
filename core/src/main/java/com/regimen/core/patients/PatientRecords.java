package com.regimen.core.patients;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.ids.Ids;
import com.regimen.core.paging.Page;
import com.regimen.core.paging.PageRequest;
import com.regimen.core.staff.EmailAddresses;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.tenancy.TenantLocales;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** The clinic chain's patients: registered by the front desk, found by name or phone. */
public final class PatientRecords {
    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public PatientRecords(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    public Patient register(StaffIdentity actor, NewPatient request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw DomainException.invalid("name", "must be 1 to 200 characters");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (request.dateOfBirth() != null && (request.dateOfBirth().isAfter(today)
                || request.dateOfBirth().isBefore(today.minusYears(130)))) {
            throw DomainException.invalid("dateOfBirth", "must be a real date of birth");
        }
        String phone = request.phone() == null || request.phone().isBlank() ? null : request.phone().strip();
        if (phone != null && !phone.matches("\\+?[0-9 ()-]{5,30}")) {
            throw DomainException.invalid("phone", "must be a phone number, digits with an optional leading +");
        }
        String email = request.email() == null || request.email().isBlank() ? null
                : EmailAddresses.normalize("email", request.email());
        String locale = TenantLocales.language("locale", request.locale() == null ? "ar" : request.locale());
        Patient patient = new Patient(actor.tenantId(), Ids.newId(), name, request.dateOfBirth(), phone, email, locale,
                clock.instant());
        jdbi.useTransaction(handle -> {
            handle.attach(PatientDao.class).insert(patient);
            // No name or contact details in the audit trail: the id leads to them for those allowed.
            audit.record(handle, actor, "patient.created", "patient", patient.id(), Map.of());
        });
        return patient;
    }

    public Patient get(StaffIdentity reader, String patientId) {
        return jdbi.withExtension(PatientDao.class, dao -> dao.find(reader.tenantId(), patientId))
                .orElseThrow(() -> DomainException.notFound("Patient"));
    }

    public Page<Patient> search(StaffIdentity reader, String query, PageRequest page) {
        String prefix = query == null || query.isBlank() ? null : query.strip();
        String like = prefix == null ? null : prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        var rows = jdbi.withExtension(PatientDao.class,
                dao -> dao.search(reader.tenantId(), prefix, like, page.afterId(), page.fetchSize()));
        return Page.of(rows, page, Patient::id);
    }
}
