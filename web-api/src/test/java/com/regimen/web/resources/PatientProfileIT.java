package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient profile: one read of what the desk knows about a patient (who took each payment, the
 * consents signed), and nothing of another chain's.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PatientProfileIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    @Test
    void theProfileComposesTheIntakeScreeningsAppointmentsPaymentsAndWhatIsDue() {
        Clinics.Clinic clinic = Clinics.open(api(), "Asia/Riyadh", 20);
        String patient = Clinics.patient(api(), clinic, Map.of());
        ZoneId riyadh = ZoneId.of("Asia/Riyadh");
        String start = LocalDate.now(riyadh).plusDays(6).atTime(11, 0).atZone(riyadh).toInstant().toString();
        Reply booked = Clinics.book(api(), clinic, patient, "prp", start, Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String appointment = booked.text("id");
        long price = booked.json().get("price").get("amount").asLong();
        assertThat(api().post("/appointments/" + appointment + "/payments", clinic.key(), Map.of("kind", "DEPOSIT",
                "method", "CASH", "amount", 10_000)).status()).isEqualTo(201);
        // A second payment taken by a member of the front desk, signed in: the ledger and profile name them.
        Tenants.Staff desk = Tenants.staff(api(), clinic.tenant(), "FRONT_DESK");
        assertThat(api().post("/appointments/" + appointment + "/payments", desk.token(), Map.of("kind", "BALANCE",
                "method", "CASH", "amount", 5_000)).status()).isEqualTo(201);
        JsonNode ledger = api().get("/appointments/" + appointment + "/payments", clinic.key()).json();
        JsonNode key = api().get("/api-keys", clinic.key()).json().get("data").get(0);
        assertThat(ledger.get("payments")).extracting(x -> x.get("amount").get("amount").asLong() + " "
                + x.get("takenBy").get("id").asText() + " " + x.get("takenBy").get("name").asText())
                .containsExactlyInAnyOrder("10000 " + key.get("id").asText() + " " + key.get("name").asText(),
                        "5000 " + desk.userId() + " Staff FRONT_DESK");

        Reply read = api().get("/patients/" + patient + "/profile", clinic.key());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode profile = read.json();
        assertThat(profile.get("patient").get("id").asText()).isEqualTo(patient);
        assertThat(profile.get("patient").get("phone").asText()).isEqualTo("+966550123487");
        assertThat(profile.get("intakes")).hasSize(1);
        assertThat(profile.get("intakes").get(0).get("version").asInt()).isEqualTo(1);
        assertThat(profile.get("screenings").size()).as("the booking's screening").isGreaterThanOrEqualTo(1);
        assertThat(profile.get("screenings").get(0).get("outcome").asText()).isEqualTo("CLEAR");
        assertThat(profile.get("appointments")).hasSize(1);
        assertThat(profile.get("appointments").get(0).get("id").asText()).isEqualTo(appointment);
        assertThat(profile.get("payments")).hasSize(2);
        assertThat(profile.get("payments")).extracting(x -> x.get("amount").get("amount").asLong() + " "
                + x.get("takenBy").get("name").asText())
                .containsExactlyInAnyOrder("10000 " + key.get("name").asText(), "5000 Staff FRONT_DESK");
        assertThat(profile.get("paid").get("SAR").asLong()).isEqualTo(15_000);
        assertThat(profile.get("due").get("SAR").asLong()).isEqualTo(price - 15_000);
        assertThat(profile.get("cardOnFile").asBoolean()).isFalse();
        assertThat(profile.get("courses")).isEmpty();
        // The consents the patient signed (Clinics.patient signs every treatment's that asks), witnessed by the owner.
        JsonNode signed = api().get("/patients/" + patient + "/consents", clinic.key()).json().get("data");
        assertThat(signed.size()).as("PRP asks for one at least").isGreaterThanOrEqualTo(1);
        assertThat(profile.get("consents")).hasSize(signed.size());
        JsonNode prp = null;
        for (JsonNode c : profile.get("consents")) {
            if (c.get("treatmentId").asText().equals("prp")) {
                prp = c;
            }
        }
        assertThat(prp).as("PRP's signature").isNotNull();
        assertThat(prp.get("current").asBoolean()).isTrue();
        assertThat(prp.get("typedName").asText()).isEqualTo(Clinics.PATIENT_NAME);
        assertThat(prp.get("witnessId").asText()).isEqualTo(clinic.tenant().ownerUserId());
        assertThat(prp.get("consentVersion").asText()).isNotBlank();
        assertThat(prp.get("signedAt").asText()).isNotBlank();

        Clinics.Clinic other = Clinics.open(api(), "Asia/Riyadh", 20);
        Reply foreign = api().get("/patients/" + patient + "/profile", other.key());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text("code")).isEqualTo("NOT_FOUND");
    }
}
