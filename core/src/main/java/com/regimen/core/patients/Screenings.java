package com.regimen.core.patients;

import com.fasterxml.jackson.core.type.TypeReference;
import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.ids.Ids;
import com.regimen.core.json.JsonColumns;
import com.regimen.core.medicines.ClinicMedicines;
import com.regimen.core.medicines.ListedMedicine;
import com.regimen.core.medicines.MedicineClassifier;
import com.regimen.core.plugins.PluginInvoker;
import com.regimen.core.plugins.TreatmentMenu;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.plugin.spi.IntakeAnswers;
import com.regimen.plugin.spi.IntakeQuestion;
import com.regimen.plugin.spi.LocalizedText;
import com.regimen.plugin.spi.Prerequisites;
import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.ScreeningSubject;
import com.regimen.plugin.spi.Severity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Screens a patient for a treatment: the latest intake answers, stripped to clinical facts, go to
 * the treatment's plugin with the classes of the medicines listed; the findings and outcome are kept
 * with the intake and plugin versions. Unanswered required questions block: a screening cannot clear
 * what it was not told. For the same reason a listed medicine the clinic's vocabulary does not know
 * needs a clinician's review, and so does a positive patch test.
 */
public final class Screenings {
    public static final String INTAKE_INCOMPLETE = "INTAKE_INCOMPLETE";
    public static final String UNRECOGNISED_MEDICINE = "UNRECOGNISED_MEDICINE";
    public static final String PATCH_TEST_POSITIVE = "PATCH_TEST_POSITIVE";
    private static final TypeReference<List<ScreeningFinding>> FINDINGS = new TypeReference<>() {
    };

    private final Jdbi jdbi;
    private final Clock clock;
    private final TreatmentMenu menu;
    private final PluginInvoker invoker;
    private final PatientRecords patients;
    private final PatientIntakes intakes;
    private final AuditTrail audit;
    private final ClinicMedicines medicines;

    public Screenings(Jdbi jdbi, Clock clock, TreatmentMenu menu, PluginInvoker invoker, PatientRecords patients,
                      PatientIntakes intakes, AuditTrail audit, ClinicMedicines medicines) {
        this.medicines = medicines;
        this.jdbi = jdbi;
        this.clock = clock;
        this.menu = menu;
        this.invoker = invoker;
        this.patients = patients;
        this.intakes = intakes;
        this.audit = audit;
    }

    /**
     * Screens for no session in particular: as of today, at the location when one is named (its
     * time zone decides the day), else in UTC.
     */
    public Screening screen(StaffIdentity actor, String patientId, String treatmentId, String locationId) {
        Patient patient = patients.get(actor, patientId);
        ZoneId zone = locationId == null ? ZoneOffset.UTC
                : jdbi.withHandle(handle -> Locations.find(handle, actor.tenantId(), locationId)).timezone();
        return screen(actor, patient, menu.offered(actor, treatmentId), locationId,
                LocalDate.ofInstant(clock.instant(), zone));
    }

    /**
     * Screens with what the caller has already loaded and checked (booking has the patient, the
     * offered treatment and the location in hand), so nothing is read twice.
     *
     * @param asOf the day of the session screened for: the plugin's as-of date ({@link ScreeningSubject#asOf()})
     */
    public Screening screen(StaffIdentity actor, Patient patient, TreatmentMenu.OfferedTreatment offered,
                            String locationId, LocalDate asOf) {
        Screening screening = judge(actor, patient, offered, locationId, asOf);
        jdbi.useTransaction(handle -> record(handle, actor, screening, asOf));
        return screening;
    }

    /**
     * The screening {@link #screen} records, not yet recorded: booking records it inside its own
     * transaction with {@link #record}, so a booking commits once and a screening that let a
     * booking through is never kept without it (or the other way round).
     */
    public Screening judge(StaffIdentity actor, Patient patient, TreatmentMenu.OfferedTreatment offered,
                           String locationId, LocalDate asOf) {
        String patientId = patient.id();
        String treatmentId = offered.plugin().id();
        Optional<IntakeRecord> intake = jdbi.withHandle(handle -> intakes.latest(handle, actor.tenantId(), patientId));
        Map<String, Object> answers = intake.map(IntakeRecord::answers).orElse(Map.of());
        Instant now = clock.instant();
        // Classified now, not when recorded: a name the clinic added since is recognised.
        List<String> answered = PatientIntakes.listedMedicines(answers);
        List<ListedMedicine> listed = answered.isEmpty() ? List.of() // most intakes: no read of the clinic's names
                : jdbi.withHandle(handle -> medicines.classifier(handle, actor.tenantId()).classify(answered));
        PatchTestStanding patchTest = offered.plugin().protocol().prerequisites().contains(Prerequisites.PATCH_TEST)
                ? jdbi.withHandle(handle -> PatchTests.standing(handle, actor.tenantId(), patientId, offered.plugin(), now))
                : PatchTestStanding.NONE;

        List<ScreeningFinding> findings = new ArrayList<>();
        List<String> missing = offered.plugin().protocol().intakeQuestions().stream()
                .filter(IntakeQuestion::required)
                .map(IntakeQuestion::code)
                .filter(code -> !answers.containsKey(code))
                .toList();
        if (!missing.isEmpty()) {
            findings.add(new ScreeningFinding(INTAKE_INCOMPLETE, Severity.BLOCK, LocalizedText.of(
                    "أسئلة الاستبيان الصحي غير المُجاب عنها: " + String.join("، ", missing),
                    "Intake questions not answered yet: " + String.join(", ", missing))));
        }
        boolean asksForMedicines = offered.plugin().protocol().intakeQuestions().stream()
                .anyMatch(question -> question.code().equals(PatientIntakes.MEDICINES));
        List<String> unrecognised = listed.stream().filter(m -> !m.recognised()).map(ListedMedicine::listed).toList();
        if (asksForMedicines && !unrecognised.isEmpty()) {
            findings.add(new ScreeningFinding(UNRECOGNISED_MEDICINE, Severity.CLEARANCE, LocalizedText.of(
                    "أدوية غير معروفة في قائمة أدوية العيادة؛ يلزم أن يراجعها طبيب: " + String.join("، ", unrecognised),
                    "Medicines not in the clinic's medicine vocabulary, for a physician to review: "
                            + String.join(", ", unrecognised))));
        }
        if (patchTest == PatchTestStanding.POSITIVE) {
            findings.add(new ScreeningFinding(PATCH_TEST_POSITIVE, Severity.CLEARANCE, LocalizedText.of(
                    "أظهر آخر اختبار حساسية تفاعلًا: لا يُعطى العلاج إلا بإذن موثق من الطبيب.",
                    "The latest patch test showed a reaction: only a physician's documented clearance allows "
                            + "the treatment.")));
        }
        findings.addAll(invoker.screen(offered.plugin(), new ScreeningSubject(age(patient),
                new IntakeAnswers(AnswersForPlugins.of(answers), MedicineClassifier.classesOf(listed)), asOf)));
        ScreeningOutcome outcome = ScreeningOutcome.of(findings);

        return new Screening(Ids.newId(), patientId, treatmentId, offered.plugin().version(), locationId,
                intake.map(IntakeRecord::version).orElse(null), outcome, List.copyOf(findings), now);
    }

    /** Keeps a judged screening and its audit row, in the caller's transaction. */
    public void record(Handle handle, StaffIdentity actor, Screening screening, LocalDate asOf) {
        handle.attach(ScreeningDao.class).insert(actor.tenantId(), screening.id(), screening.patientId(),
                screening.treatmentId(), screening.pluginVersion(), screening.locationId(), screening.intakeVersion(),
                screening.outcome().name(), JsonColumns.write(screening.findings()), actor.actorId(),
                screening.createdAt());
        audit.record(handle, actor, "screening.recorded", "patient", screening.patientId(), Map.of("screeningId",
                screening.id(), "treatmentId", screening.treatmentId(), "outcome", screening.outcome(), "asOf",
                asOf.toString(), "findings", screening.findings().stream().map(ScreeningFinding::code).toList()));
    }

    public Screening get(StaffIdentity reader, String screeningId) {
        return jdbi.withExtension(ScreeningDao.class, dao -> dao.find(reader.tenantId(), screeningId))
                .map(row -> new Screening(row.id(), row.patientId(), row.treatmentId(), row.pluginVersion(),
                        row.locationId(), row.intakeVersion(), ScreeningOutcome.valueOf(row.outcome()),
                        JsonColumns.read(row.findings(), FINDINGS), row.createdAt()))
                .orElseThrow(() -> DomainException.notFound("Screening"));
    }

    private Integer age(Patient patient) {
        if (patient.dateOfBirth() == null) {
            return null;
        }
        return Period.between(patient.dateOfBirth(), LocalDate.now(clock.withZone(ZoneOffset.UTC))).getYears();
    }
}
