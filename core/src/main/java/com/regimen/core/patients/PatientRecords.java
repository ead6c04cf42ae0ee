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
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        String typed = request.phone() == null || request.phone().isBlank() ? null : request.phone().strip();
        String phone = typed == null ? null : PhoneNumbers.e164("phone", typed, region(actor.tenantId()));
        String email = request.email() == null || request.email().isBlank() ? null
                : EmailAddresses.normalize("email", request.email());
        String locale = TenantLocales.language("locale", request.locale() == null ? "ar" : request.locale());
        Patient patient = new Patient(actor.tenantId(), Ids.newId(), name, request.dateOfBirth(), phone, email, locale,
                clock.instant());
        jdbi.useTransaction(handle -> {
            handle.attach(PatientDao.class).insert(patient);
            handle.attach(PatientSearchTermDao.class).insert(actor.tenantId(), patient.id(),
                    PatientSearchTerms.of(patient.name(), patient.phone()));
            // No name or contact details in the audit trail: the id leads to them for those allowed.
            audit.record(handle, actor, "patient.created", "patient", patient.id(), Map.of());
        });
        return patient;
    }

    public Patient get(StaffIdentity reader, String patientId) {
        return jdbi.withExtension(PatientDao.class, dao -> dao.find(reader.tenantId(), patientId))
                .orElseThrow(() -> DomainException.notFound("Patient"));
    }

    /**
     * Any part of the name (each word's start, Arabic letter forms and diacritics folded) or the phone,
     * national or international; bounded however common the words (see PatientSearchTermDao).
     */
    public Page<Patient> search(StaffIdentity reader, String query, PageRequest page) {
        boolean asked = query != null && !query.isBlank();
        List<String> patterns = asked ? PatientSearchTerms.queryPatterns(query, region(reader.tenantId())) : List.of();
        if (asked && patterns.isEmpty()) {
            // Nothing searchable in what was typed ("%", punctuation): it names nobody, not everybody.
            return Page.of(List.of(), page, Patient::id);
        }
        if (patterns.isEmpty()) {
            var rows = jdbi.withExtension(PatientDao.class,
                    dao -> dao.search(reader.tenantId(), null, null, page.afterId(), page.fetchSize()));
            return Page.of(rows, page, Patient::id);
        }
        var rows = jdbi.withExtension(PatientSearchTermDao.class, dao -> dao.search(reader.tenantId(), patterns.get(0),
                patterns.size() > 1 ? patterns.get(1) : null, patterns.size() > 2 ? patterns.get(2) : null,
                page.afterId(), page.fetchSize()));
        return Page.of(rows, page, Patient::id);
    }

    /** The country the chain's desk types national phone numbers in: its first location's. */
    private Optional<String> region(String tenantId) {
        return jdbi.withExtension(PatientSearchTermDao.class, dao -> dao.firstLocationZone(tenantId))
                .flatMap(PhoneNumbers::regionOf);
    }
}
