package com.regimen.core.medicines;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import com.regimen.core.scheduling.Physicians;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.plugin.spi.MedicineClass;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A clinic's medicine vocabulary: the built-in one plus the names the clinic added (a local brand,
 * a compounded product), each with its class. Additions are audited and never change another
 * clinic's screening. Naming a medicine's class is a clinical judgement, so only a signed-in physician
 * ({@link Physicians}) may add one (not the owner as such: a role is no licence), and never as OTHER:
 * OTHER screens clear, so it would silence a name that otherwise goes to a physician.
 */
public final class ClinicMedicines {
    public static final String MEDICINE_EXISTS = "MEDICINE_EXISTS";
    private static final int MAX_NAME = 100;

    private final Jdbi jdbi;
    private final Clock clock;
    private final MedicineVocabulary vocabulary;
    private final AuditTrail audit;

    public ClinicMedicines(Jdbi jdbi, Clock clock, MedicineVocabulary vocabulary, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.vocabulary = vocabulary;
        this.audit = audit;
    }

    public List<ClinicMedicine> list(StaffIdentity reader) {
        return jdbi.withHandle(handle -> handle.attach(ClinicMedicineDao.class).all(reader.tenantId()).stream()
                .map(ClinicMedicines::toMedicine).toList());
    }

    /** Adds {@code name} as a medicine of {@code medicineClass} (a MedicineClass name) for the actor's clinic. */
    public ClinicMedicine add(StaffIdentity actor, String name, String medicineClass) {
        String stripped = name == null ? "" : name.strip();
        String folded = MedicineNames.fold(stripped);
        if (stripped.length() > MAX_NAME || folded.length() > 2 * MAX_NAME || !MedicineNames.hasLetter(folded)) {
            throw DomainException.invalid("name", "must be a medicine name of 1 to " + MAX_NAME + " characters");
        }
        jdbi.useHandle(handle -> Physicians.require(handle, actor, LocalDate.now(clock.withZone(ZoneOffset.UTC))));
        List<MedicineClass> classes = Arrays.stream(MedicineClass.values()).filter(c -> c != MedicineClass.OTHER).toList();
        MedicineClass parsed = classes.stream()
                .filter(c -> c.name().equals(medicineClass)).findFirst()
                .orElseThrow(() -> DomainException.invalid("medicineClass", "must be one of " + classes
                        + " (OTHER would mark the name as screened clear; leave an unknown name to physician review)"));
        if (vocabulary.find(folded).filter(known -> known.classes().contains(parsed)).isPresent()) {
            throw exists(stripped, parsed);
        }
        ClinicMedicine medicine = new ClinicMedicine(Ids.newId(), stripped, parsed, actor.actorId(), clock.instant());
        return jdbi.inTransaction(handle -> {
            int added = handle.attach(ClinicMedicineDao.class).insert(actor.tenantId(), medicine.id(), stripped, folded,
                    parsed.name(), actor.actorId(), medicine.createdAt());
            if (added == 0) {
                throw exists(stripped, parsed);
            }
            audit.record(handle, actor, "medicine.added", "medicine", medicine.id(),
                    Map.of("name", stripped, "medicineClass", parsed.name()));
            return medicine;
        });
    }

    /** What a name means to this clinic, or an unrecognised entry. */
    public List<ListedMedicine> classify(StaffIdentity reader, String text) {
        return jdbi.withHandle(handle -> classifier(handle, reader.tenantId()).classify(List.of(text)));
    }

    /** The built-in vocabulary with this clinic's additions, read on the caller's handle. */
    public MedicineClassifier classifier(Handle handle, String tenantId) {
        Map<String, Set<MedicineClass>> additions = new HashMap<>();
        for (ClinicMedicineDao.Row row : handle.attach(ClinicMedicineDao.class).all(tenantId)) {
            additions.computeIfAbsent(row.foldedName(), k -> EnumSet.noneOf(MedicineClass.class))
                    .add(MedicineClass.valueOf(row.medicineClass()));
        }
        return new MedicineClassifier(vocabulary, additions);
    }

    private static DomainException exists(String name, MedicineClass medicineClass) {
        return new DomainException(ErrorKind.CONFLICT, MEDICINE_EXISTS, "'" + name + "' is already a "
                + medicineClass + " in this clinic's medicine vocabulary.", List.of(), Map.of());
    }

    private static ClinicMedicine toMedicine(ClinicMedicineDao.Row row) {
        return new ClinicMedicine(row.id(), row.name(), MedicineClass.valueOf(row.medicineClass()), row.createdBy(),
                row.createdAt());
    }
}
