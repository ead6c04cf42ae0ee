package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.ClinicalStaff;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Medicines listed at intake are stored one by one with their classes, screening judges the classes
 * (in either language, any spelling), an unrecognised name asks for a physician, and a clinic's own
 * additions count for that clinic only.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MedicinesIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    private Reply screen(Clinic c, String patient, String treatment) {
        Reply reply = api().post("/screenings", c.key(), Map.of("patientId", patient, "treatmentId", treatment));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    private static List<String> codes(Reply screening) {
        List<String> codes = new ArrayList<>();
        screening.json().get("findings").forEach(f -> codes.add(f.get("code").asText()));
        return codes;
    }

    @Test
    void intakeStoresEachMedicineWithItsClassesInBothLanguages() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        String patient = Clinics.patient(api(), c, Map.of("MEDICATIONS", List.of(
                "وارفارين ٥ ملغ، بلافيكس", "Brufen 400; Medrol 4mg", "الروكيوتان ٢٠\nHumira", "Panadol and Augmentin",
                "Zorbelix 10mg")));
        JsonNode medicines = api().get("/patients/" + patient + "/intake", c.key()).json().get("medicines");
        List<String> seen = new ArrayList<>();
        medicines.forEach(m -> seen.add(m.get("listed").asText() + " -> " + m.get("medicine").asText()
                + " " + m.get("classes")));
        assertThat(seen).containsExactly(
                "وارفارين ٥ ملغ -> warfarin [\"ANTICOAGULANT\"]",
                "بلافيكس -> clopidogrel [\"ANTIPLATELET\"]",
                "Brufen 400 -> ibuprofen [\"NSAID\"]",
                "Medrol 4mg -> methylprednisolone [\"CORTICOSTEROID\"]",
                "الروكيوتان ٢٠ -> isotretinoin [\"RETINOID\"]",
                "Humira -> adalimumab [\"IMMUNOSUPPRESSANT\"]",
                "Panadol -> paracetamol [\"OTHER\"]",
                "Augmentin -> amoxicillin and clavulanic acid [\"ANTIBIOTIC\"]",
                "Zorbelix 10mg -> null []");
        assertThat(medicines.get(8).get("recognised").asBoolean()).isFalse();
        assertThat(DB.count("SELECT COUNT(*) FROM patient_intake_medicines WHERE tenant_id = ? AND patient_id = ? "
                + "AND intake_version = 1", c.tenant().tenantId(), patient)).isEqualTo(9);
        assertThat(DB.count("SELECT COUNT(*) FROM patient_intake_medicines WHERE tenant_id = ? AND patient_id = ? "
                + "AND medicine = 'warfarin' AND JSON_CONTAINS(classes, '\"ANTICOAGULANT\"')",
                c.tenant().tenantId(), patient)).isEqualTo(1);
    }

    @Test
    void aNamedBloodThinnerBlocksExosomesEvenWhenTheYesNoQuestionSaysNo() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        for (String listed : List.of("وارفارين", "الوارفارين ٥ ملغ", "Xarelto 20mg", "إليكويس", "بلافيكس ٧٥")) {
            String patient = Clinics.patient(api(), c, Map.of("ANTICOAGULANTS", false,
                    "MEDICATIONS", List.of(listed)));
            Reply screening = screen(c, patient, "exosome");
            assertThat(screening.text("outcome")).as(listed).isEqualTo("BLOCKED");
            assertThat(codes(screening)).as(listed).containsExactly("EXOSOME_CLOTTING_RISK");
        }
        String onSteroids = Clinics.patient(api(), c, Map.of("MEDICATIONS", List.of("بريدنيزولون")));
        assertThat(codes(screen(c, onSteroids, "exosome"))).containsExactly("EXOSOME_INTERACTING_MEDICATION");
    }

    @Test
    void anUnrecognisedMedicineIsNeverSilentlyClear() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        String patient = Clinics.patient(api(), c, Map.of("MEDICATIONS", List.of("Zorbelix 10mg، بنادول")));
        Reply screening = screen(c, patient, "exosome");
        assertThat(screening.text("outcome")).isEqualTo("NEEDS_CLEARANCE");
        JsonNode finding = screening.json().get("findings").get(0);
        assertThat(finding.get("code").asText()).isEqualTo("UNRECOGNISED_MEDICINE");
        assertThat(finding.get("severity").asText()).isEqualTo("CLEARANCE");
        assertThat(finding.get("messages").get("en").asText()).contains("Zorbelix 10mg").doesNotContain("بنادول");
        assertThat(finding.get("messages").get("ar").asText()).contains("Zorbelix 10mg");
        Reply booking = Clinics.book(api(), c, patient, "exosome", "2027-01-10T07:00:00Z", Map.of());
        assertThat(booking.status()).isEqualTo(422);
        assertThat(booking.text("code")).isEqualTo("CLEARANCE_REQUIRED");

        // PRP asks about medicines now too: an unknown one goes to a physician there as well.
        Reply prp = screen(c, patient, "prp");
        assertThat(prp.text("outcome")).isEqualTo("NEEDS_CLEARANCE");
        assertThat(codes(prp)).containsExactly("UNRECOGNISED_MEDICINE");
        String onWarfarin = Clinics.patient(api(), c, Map.of("MEDICATIONS", List.of("Marevan 5mg")));
        assertThat(codes(screen(c, onWarfarin, "prp"))).containsExactly("PRP_BLOOD_THINNER");
    }

    @Test
    void aClinicExtendsItsVocabularyForItselfOnlyAudited() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        Clinic other = Clinics.open(api(), "Asia/Riyadh", 50);
        String patient = Clinics.patient(api(), c, Map.of("MEDICATIONS", List.of("زوربيليكس ١٠")));
        String elsewhere = Clinics.patient(api(), other, Map.of("MEDICATIONS", List.of("زوربيليكس ١٠")));
        assertThat(codes(screen(c, patient, "exosome"))).containsExactly("UNRECOGNISED_MEDICINE");

        Tenants.Staff desk = Tenants.staff(api(), c.tenant(), "FRONT_DESK");
        assertThat(api().post("/medicines", desk.token(), Map.of("name", "زوربيليكس", "medicineClass",
                "ANTICOAGULANT")).status()).isEqualTo(403);
        Tenants.Staff physician = ClinicalStaff.linkedTo(api(), c, c.physician());
        Reply added = api().post("/medicines", physician.token(), Map.of("name", "زوربيليكس",
                "medicineClass", "ANTICOAGULANT"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.text("medicineClass")).isEqualTo("ANTICOAGULANT");
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND entity_id = ? "
                + "AND action = 'medicine.added'", c.tenant().tenantId(), added.text("id"))).isEqualTo(1);

        Reply again = api().post("/medicines", physician.token(), Map.of("name", "زُوربيليكس", "medicineClass",
                "ANTICOAGULANT"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("MEDICINE_EXISTS");
        Reply builtIn = api().post("/medicines", physician.token(), Map.of("name", "Warfarin", "medicineClass",
                "ANTICOAGULANT"));
        assertThat(builtIn.text("code")).isEqualTo("MEDICINE_EXISTS");
        Reply badClass = api().post("/medicines", physician.token(), Map.of("name", "X-Med", "medicineClass", "POISON"));
        assertThat(badClass.status()).isEqualTo(400);
        assertThat(badClass.json().get("errors").get(0).get("field").asText()).isEqualTo("medicineClass");
        assertThat(api().post("/medicines", physician.token(), Map.of("name", "---", "medicineClass", "NSAID")).status())
                .isEqualTo(400);
        assertThat(DB.count("SELECT COUNT(*) FROM clinic_medicines WHERE tenant_id = ?", c.tenant().tenantId()))
                .isEqualTo(1);

        Reply now = screen(c, patient, "exosome");
        assertThat(codes(now)).as("recognised from now on, as the class the clinic gave it")
                .containsExactly("EXOSOME_CLOTTING_RISK");
        assertThat(codes(screen(other, elsewhere, "exosome"))).as("another clinic's vocabulary is its own")
                .containsExactly("UNRECOGNISED_MEDICINE");
        assertThat(api().get("/medicines", other.key()).json()).isEmpty();
        JsonNode listed = api().get("/medicines", desk.token()).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("name").asText()).isEqualTo("زوربيليكس");
        JsonNode classified = api().get("/medicines/classify?text=" + java.net.URLEncoder.encode(
                "زوربيليكس، Eliquis", java.nio.charset.StandardCharsets.UTF_8), c.key()).json();
        assertThat(classified.get(0).get("source").asText()).isEqualTo("clinic");
        assertThat(classified.get(1).get("medicine").asText()).isEqualTo("apixaban");
    }

    @Test
    void onlyAPhysicianAddsAMedicineAndNeverAsOther() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        String patient = Clinics.patient(api(), c, Map.of("MEDICATIONS", List.of("Zorbelix 10mg")));
        Map<String, Object> silence = Map.of("name", "Zorbelix", "medicineClass", "OTHER");
        for (String role : List.of("OWNER", "MANAGER", "FRONT_DESK")) {
            Reply refused = api().post("/medicines", Tenants.staff(api(), c.tenant(), role).token(),
                    Map.of("name", "Zorbelix", "medicineClass", "ANTICOAGULANT"));
            assertThat(refused.status()).as(role + " " + refused).isEqualTo(403);
        }
        Reply byKey = api().post("/medicines", c.key(), Map.of("name", "Zorbelix", "medicineClass", "ANTICOAGULANT"));
        assertThat(byKey.status()).isEqualTo(403);
        assertThat(byKey.text("code")).isEqualTo("PHYSICIAN_REQUIRED");
        Tenants.Staff nurse = ClinicalStaff.linkedTo(api(), c, c.nurse());
        assertThat(api().post("/medicines", nurse.token(), silence).status()).isEqualTo(403);

        Tenants.Staff physician = ClinicalStaff.linkedTo(api(), c, c.physician());
        Reply other = api().post("/medicines", physician.token(), silence);
        assertThat(other.status()).as(other.toString()).isEqualTo(400);
        assertThat(other.json().get("errors").get(0).get("field").asText()).isEqualTo("medicineClass");
        assertThat(DB.count("SELECT COUNT(*) FROM clinic_medicines WHERE tenant_id = ?", c.tenant().tenantId()))
                .isZero();
        assertThat(codes(screen(c, patient, "exosome"))).as("still for a physician to review")
                .containsExactly("UNRECOGNISED_MEDICINE");
    }

    @Test
    void racingAdditionsOfOneNameMakeOneRow() throws Exception {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        Tenants.Staff physician = ClinicalStaff.linkedTo(api(), c, c.physician());
        int clients = 12;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            // Spelled differently each time, folded to one name.
            String name = i % 2 == 0 ? "Kolvarin" : "KOLVARIN";
            replies.add(pool.submit(() -> {
                start.await();
                return api().post("/medicines", physician.token(), Map.of("name", name, "medicineClass", "ANTIPLATELET"));
            }));
        }
        start.countDown();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (Future<Reply> reply : replies) {
            statuses.merge(reply.get().status(), 1, Integer::sum);
        }
        pool.shutdown();
        assertThat(statuses).isEqualTo(Map.of(201, 1, 409, clients - 1));
        assertThat(DB.count("SELECT COUNT(*) FROM clinic_medicines WHERE tenant_id = ?", c.tenant().tenantId()))
                .isEqualTo(1);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = 'medicine.added'",
                c.tenant().tenantId())).isEqualTo(1);
    }
}
