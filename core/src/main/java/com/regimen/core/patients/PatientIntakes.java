package com.regimen.core.patients;

import com.fasterxml.jackson.core.type.TypeReference;
import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.json.JsonColumns;
import com.regimen.core.medicines.ClinicMedicines;
import com.regimen.core.medicines.ListedMedicine;
import com.regimen.core.plugins.TreatmentMenu;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.plugin.spi.CommonQuestions;
import com.regimen.plugin.spi.IntakeQuestion;
import com.regimen.plugin.spi.MedicineClass;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Patients' intake answers: validated against the installed treatments' questions, every version kept. */
public final class PatientIntakes {
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };
    private static final TypeReference<Set<MedicineClass>> CLASSES = new TypeReference<>() {
    };

    private final Jdbi jdbi;
    private final Clock clock;
    private final IntakeCatalog catalog;
    private final TreatmentMenu menu;
    private final AuditTrail audit;
    private final ClinicMedicines medicines;

    public PatientIntakes(Jdbi jdbi, Clock clock, IntakeCatalog catalog, TreatmentMenu menu, AuditTrail audit,
                          ClinicMedicines medicines) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.catalog = catalog;
        this.menu = menu;
        this.audit = audit;
        this.medicines = medicines;
    }

    /** The code of the question whose answer lists the patient's medicines. */
    public static final String MEDICINES = CommonQuestions.MEDICATIONS.code();

    /** Records a new version; answers not given are not carried over (a version is a whole form). */
    public IntakeRecord record(StaffIdentity actor, String patientId, Map<String, Object> rawAnswers) {
        Set<String> asked = IntakeCatalog.questionsOf(menu.offeredPlugins(actor)).stream()
                .map(IntakeQuestion::code).collect(Collectors.toSet());
        Map<String, Object> answers = catalog.parse(rawAnswers, asked);
        return jdbi.inTransaction(handle -> {
            handle.attach(PatientDao.class).lock(actor.tenantId(), patientId)
                    .orElseThrow(() -> DomainException.notFound("Patient"));
            PatientIntakeDao dao = handle.attach(PatientIntakeDao.class);
            int version = dao.latestVersion(actor.tenantId(), patientId) + 1;
            Instant now = clock.instant();
            dao.insert(actor.tenantId(), patientId, version, JsonColumns.write(answers), actor.actorId(), now);
            List<String> answered = listedMedicines(answers);
            List<ListedMedicine> listed = answered.isEmpty() ? List.of()
                    : medicines.classifier(handle, actor.tenantId()).classify(answered);
            for (int position = 0; position < listed.size(); position++) {
                ListedMedicine medicine = listed.get(position);
                dao.insertMedicine(actor.tenantId(), patientId, version, position, truncate(medicine.listed()),
                        medicine.medicine(), JsonColumns.write(new TreeSet<>(medicine.classes())), medicine.source());
            }
            // The answers are health data: the audit says a version was recorded, not what it says.
            audit.record(handle, actor, "patient_intake.recorded", "patient", patientId, Map.of("version", version));
            return new IntakeRecord(patientId, version, answers, actor.actorId(), now, listed);
        });
    }

    public Optional<IntakeRecord> latest(StaffIdentity reader, String patientId) {
        return jdbi.withHandle(handle -> {
            handle.attach(PatientDao.class).find(reader.tenantId(), patientId)
                    .orElseThrow(() -> DomainException.notFound("Patient"));
            return latest(handle, reader.tenantId(), patientId);
        });
    }

    Optional<IntakeRecord> latest(Handle handle, String tenantId, String patientId) {
        PatientIntakeDao dao = handle.attach(PatientIntakeDao.class);
        return dao.latest(tenantId, patientId)
                .map(row -> new IntakeRecord(row.patientId(), row.version(),
                        catalog.fromStored(JsonColumns.read(row.answers(), ANSWERS)), row.recordedBy(),
                        row.recordedAt(), dao.medicines(tenantId, patientId, row.version()).stream()
                        .map(m -> new ListedMedicine(m.listed(), m.medicine(), JsonColumns.read(m.classes(), CLASSES),
                                m.source())).toList()));
    }

    /** The patient's medicine list in {@code answers}; empty when not answered. */
    @SuppressWarnings("unchecked")
    static List<String> listedMedicines(Map<String, Object> answers) {
        return answers.get(MEDICINES) instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static String truncate(String listed) {
        // An entry is at most one list item, which the catalog caps at 200 characters.
        return listed.length() <= 200 ? listed : listed.substring(0, 200);
    }
}
