package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DropwizardExtensionsSupport.class)
class PatientScreeningIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    private String patient(Tenants.Tenant tenant, String name) {
        Reply reply = api().post("/patients", tenant.apiKey(), Map.of("name", name, "dateOfBirth", "1990-05-01",
                "phone", "+966 50 000 0000", "locale", "ar"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("id");
    }

    /** Every exosome question answered "no" / none, then the given changes. */
    private Map<String, Object> exosomeIntake(Map<String, Object> changes) {
        Map<String, Object> answers = new HashMap<>();
        for (String code : List.of("CANCER", "PREGNANT", "BREASTFEEDING", "ACTIVE_INFECTION", "BLOOD_DISORDER",
                "ANTICOAGULANTS", "IMMUNE_DISORDER", "SKIN_DISEASE_AT_SITE", "EXOSOME_ALLERGY", "DIABETES",
                "HYPERTENSION", "CARDIOVASCULAR_DISEASE", "SMOKED_OR_DRANK_LAST_48H")) {
            answers.put(code, false);
        }
        answers.put("MEDICATIONS", List.of());
        answers.putAll(changes);
        return answers;
    }

    private Reply screen(Tenants.Tenant tenant, String patientId, Map<String, Object> changes) {
        assertThat(api().put("/patients/" + patientId + "/intake", tenant.apiKey(),
                Map.of("answers", exosomeIntake(changes))).status()).isEqualTo(200);
        return api().post("/screenings", tenant.apiKey(), Map.of("patientId", patientId, "treatmentId", "exosome"));
    }

    private Tenants.Tenant tenantOfferingExosomes() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        api().put("/treatments/exosome/settings", tenant.apiKey(), Map.of("enabled", true));
        return tenant;
    }

    @Test
    void outcomesFollowTheMostSevereFinding() {
        Tenants.Tenant tenant = tenantOfferingExosomes();
        String patient = patient(tenant, "سارة أحمد");

        Reply clear = screen(tenant, patient, Map.of());
        assertThat(clear.status()).isEqualTo(201);
        assertThat(clear.text("outcome")).isEqualTo("CLEAR");
        assertThat(clear.json().get("findings")).isEmpty();

        Reply warn = screen(tenant, patient, Map.of("MEDICATIONS", List.of("ibuprofen")));
        assertThat(warn.text("outcome")).isEqualTo("CLEAR");
        assertThat(warn.json().get("findings").get(0).get("severity").asText()).isEqualTo("WARN");

        Reply clearance = screen(tenant, patient, Map.of("DIABETES", true, "MEDICATIONS", List.of("ibuprofen")));
        assertThat(clearance.text("outcome")).isEqualTo("NEEDS_CLEARANCE");

        Reply blocked = screen(tenant, patient, Map.of("CANCER", true, "DIABETES", true));
        assertThat(blocked.text("outcome")).isEqualTo("BLOCKED");
        JsonNode finding = blocked.json().get("findings").get(0);
        assertThat(finding.get("code").asText()).isEqualTo("EXOSOME_CANCER");
        assertThat(finding.get("messages").get("ar").asText()).isNotBlank();
        assertThat(blocked.text("pluginVersion")).isEqualTo("1.2.0");
        assertThat(blocked.json().get("intakeVersion").asInt()).isEqualTo(4);

        assertThat(DB.count("SELECT COUNT(*) FROM screenings WHERE tenant_id = ? AND patient_id = ? "
                + "AND plugin_version = '1.2.0'", tenant.tenantId(), patient)).isEqualTo(4);
        assertThat(DB.count("SELECT COUNT(*) FROM patient_intakes WHERE tenant_id = ? AND patient_id = ?",
                tenant.tenantId(), patient)).as("every version kept").isEqualTo(4);
        Reply stored = api().get("/screenings/" + blocked.text("id"), tenant.apiKey());
        assertThat(stored.json().get("findings")).isEqualTo(blocked.json().get("findings"));
    }

    @Test
    void unansweredQuestionsBlockRatherThanClear() {
        Tenants.Tenant tenant = tenantOfferingExosomes();
        String patient = patient(tenant, "Noura");
        Reply noIntake = api().post("/screenings", tenant.apiKey(), Map.of("patientId", patient,
                "treatmentId", "exosome"));
        assertThat(noIntake.text("outcome")).isEqualTo("BLOCKED");
        assertThat(noIntake.json().get("findings").get(0).get("code").asText()).isEqualTo("INTAKE_INCOMPLETE");
        assertThat(noIntake.json().get("intakeVersion").isNull()).isTrue();
    }

    @Test
    void intakeAnswersAreCheckedAgainstTheQuestions() {
        Tenants.Tenant tenant = tenantOfferingExosomes();
        String patient = patient(tenant, "Layla");
        Reply unknown = api().put("/patients/" + patient + "/intake", tenant.apiKey(),
                Map.of("answers", Map.of("FAVOURITE_COLOUR", "blue")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("answers.FAVOURITE_COLOUR");
        Reply wrongType = api().put("/patients/" + patient + "/intake", tenant.apiKey(),
                Map.of("answers", Map.of("PREGNANT", "no", "MEDICATIONS", "aspirin")));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors")).hasSize(2);
        Reply notOffered = api().put("/patients/" + patient + "/intake", tenant.apiKey(),
                Map.of("answers", Map.of("MESO_INGREDIENT_ALLERGY", false)));
        assertThat(notOffered.status()).as("mesotherapy is not offered here").isEqualTo(400);
        assertThat(DB.count("SELECT COUNT(*) FROM patient_intakes WHERE tenant_id = ?", tenant.tenantId())).isZero();

        Reply latest = api().get("/patients/" + patient + "/intake", tenant.apiKey());
        assertThat(latest.status()).isEqualTo(404);
    }

    @Test
    void theIntakeFormIsLocalized() {
        Tenants.Tenant tenant = tenantOfferingExosomes();
        Reply form = api().send("GET", "/intake-form?treatmentId=mesotherapy", tenant.apiKey(), null,
                Map.of("Accept-Language", "ar"));
        assertThat(form.status()).isEqualTo(200);
        JsonNode first = form.json().get("questions").get(0);
        assertThat(first.get("code").asText()).isEqualTo("PREGNANT");
        assertThat(first.get("type").asText()).isEqualTo("BOOLEAN");
        assertThat(first.get("text").asText()).isEqualTo("هل أنتِ حامل؟");
        Reply all = api().get("/intake-form", tenant.apiKey());
        assertThat(all.json().get("questions").size()).isGreaterThan(form.json().get("questions").size());
    }

    @Test
    void patientsAreFoundByNameOrPhoneAndPatchTestsRecorded() {
        Tenants.Tenant tenant = tenantOfferingExosomes();
        String sara = patient(tenant, "Sara Al-Harbi");
        patient(tenant, "Maha");
        Reply byName = api().get("/patients?q=Sar", tenant.apiKey());
        assertThat(byName.json().get("data")).hasSize(1);
        assertThat(byName.json().get("data").get(0).get("id").asText()).isEqualTo(sara);
        assertThat(api().get("/patients?q=%2B966", tenant.apiKey()).json().get("data")).hasSize(2);
        assertThat(api().get("/patients?q=%25", tenant.apiKey()).json().get("data")).as("% is literal").isEmpty();

        Tenants.Staff practitioner = Tenants.staff(api(), tenant, "PRACTITIONER");
        Reply test = api().post("/patients/" + sara + "/patch-tests", practitioner.token(),
                Map.of("treatmentId", "mesotherapy", "appliedAt", "2026-11-01T09:00:00+03:00", "readAt", "2026-11-03T09:00:00+03:00",
                        "reaction", false));
        assertThat(test.status()).as(test.toString()).isEqualTo(201);
        assertThat(api().get("/patients/" + sara + "/patch-tests", tenant.apiKey()).json().get("data")).hasSize(1);
        Tenants.Staff frontDesk = Tenants.staff(api(), tenant, "FRONT_DESK");
        assertThat(api().post("/patients/" + sara + "/patch-tests", frontDesk.token(),
                Map.of("treatmentId", "mesotherapy", "appliedAt", "2026-11-01T09:00:00Z", "readAt", "2026-11-03T09:00:00Z", "reaction", false))
                .status()).isEqualTo(403);
    }

    @Test
    void anotherTenantsPatientsAndScreeningsAre404() {
        Tenants.Tenant a = tenantOfferingExosomes();
        Tenants.Tenant b = tenantOfferingExosomes();
        String patient = patient(a, "Private Person");
        Reply screening = screen(a, patient, Map.of());

        assertThat(api().get("/patients/" + patient, b.apiKey()).status()).isEqualTo(404);
        assertThat(api().get("/patients/" + patient + "/intake", b.apiKey()).status()).isEqualTo(404);
        assertThat(api().get("/patients/" + patient + "/patch-tests", b.apiKey()).status()).isEqualTo(404);
        assertThat(api().put("/patients/" + patient + "/intake", b.apiKey(),
                Map.of("answers", Map.of("PREGNANT", true))).status()).isEqualTo(404);
        assertThat(api().post("/patients/" + patient + "/patch-tests", b.apiKey(),
                Map.of("treatmentId", "mesotherapy", "appliedAt", "2026-11-01T09:00:00Z", "readAt", "2026-11-03T09:00:00Z", "reaction", false))
                .status()).isEqualTo(404);
        assertThat(api().post("/screenings", b.apiKey(), Map.of("patientId", patient, "treatmentId", "exosome"))
                .status()).isEqualTo(404);
        assertThat(api().get("/screenings/" + screening.text("id"), b.apiKey()).status()).isEqualTo(404);
        String aLocation = api().post("/locations", a.apiKey(), SchedulingIT.riyadh()).text("id");
        String bPatient = patient(b, "Own patient");
        assertThat(api().post("/screenings", b.apiKey(), Map.of("patientId", bPatient, "treatmentId", "exosome",
                "locationId", aLocation)).status()).as("another tenant's location").isEqualTo(404);
        Reply search = api().get("/patients?q=Private", b.apiKey());
        assertThat(search.json().get("data")).isEmpty();
        assertThat(DB.count("SELECT COUNT(*) FROM patient_intakes WHERE tenant_id = ?", b.tenantId())).isZero();
    }
}
