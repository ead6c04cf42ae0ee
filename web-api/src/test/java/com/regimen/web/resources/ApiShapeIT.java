package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One shape for what a client reads in several places (issue #25), and the served OpenAPI
 * description as the referee of every test's traffic (the Api test client).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiShapeIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;
    private static final String SUNDAY_10AM = "2027-01-10T07:00:00Z";

    private Api api() {
        return TestApps.api(APP);
    }

    @Test
    void anInvalidTransitionNamesTheAppointmentsStatusApartFromTheHttpStatus() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        String id = Clinics.book(api(), c, Clinics.patient(api(), c, Map.of()), "prp", SUNDAY_10AM, Map.of())
                .text("id");
        assertThat(api().post("/appointments/" + id + "/cancel", c.key(), "{}").status()).isEqualTo(200);

        Reply again = api().post("/appointments/" + id + "/cancel", c.key(), "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("INVALID_TRANSITION");
        assertThat(again.json().get("status").isInt()).as(again.body()).isTrue();
        assertThat(again.json().get("status").asInt()).isEqualTo(409);
        assertThat(again.text("appointmentStatus")).isEqualTo("CANCELLED");
    }

    @Test
    void aContraindicatedBookingAnswersFindingsAsScreeningsDo() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        String patient = Clinics.patient(api(), c, Map.of("LIVER_DISEASE", true));

        Reply refused = api().send("POST", "/appointments", c.key(), toJson(Map.of("patientId", patient,
                "treatmentId", "prp", "locationId", c.location(), "start", SUNDAY_10AM)),
                Map.of("Accept-Language", "ar"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("CONTRAINDICATED");
        JsonNode finding = refused.json().get("findings").get(0);
        Reply screening = api().send("POST", "/screenings", c.key(), toJson(Map.of("patientId", patient,
                "treatmentId", "prp", "locationId", c.location())), Map.of("Accept-Language", "ar"));
        JsonNode screened = screening.json().get("findings").get(0);

        assertThat(finding.get("message").isTextual()).as(refused.body()).isTrue();
        assertThat(finding.get("message").asText()).isEqualTo(finding.get("messages").get("ar").asText());
        assertThat(finding).isEqualTo(screened);
    }

    @Test
    void anAuditEventThatRecordedNoDetailsAnswersNullDetailsTheDescriptionAllows() {
        // HostileInputIT found it once under the contract: an unfiltered list reached a patient.created
        // event, whose details are null, which the description declared a non-null object.
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        String patient = Clinics.patient(api(), c, Map.of());

        Reply events = api().get("/audit-events?entityId=" + patient, c.key());
        assertThat(events.status()).isEqualTo(200);
        JsonNode created = null;
        for (JsonNode event : events.json().get("data")) {
            if (event.get("action").asText().equals("patient.created")) {
                created = event;
            }
        }
        assertThat(created).as(events.body()).isNotNull();
        assertThat(created.get("details").isNull()).as(created.toString()).isTrue();
    }

    @Test
    void aRequestTheDescriptionAndTheServerBothRefuseIsHostileInputNotAMismatch() {
        // A password shorter than the description's minLength: the server refuses it too, so the two
        // agree; its 400 answer is still held to the description. OpenApiContractTest shows the
        // contract failing where they disagree.
        Map<String, Object> signup = Map.of("tenantName", "Shape Clinics", "ownerEmail", "owner@shape.example",
                "ownerPassword", "short", "currency", "SAR", "locale", "en");
        Reply refused = api().post("/signup", null, signup);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theDescriptionListsItselfAndDeclaresProblemsAndEmptyAnswers() {
        JsonNode description = api().get("/openapi.json", null).json();
        JsonNode paths = description.get("paths");
        assertThat(paths.has("/openapi.json")).isTrue();
        JsonNode signOut = paths.get("/sessions/current").get("delete").get("responses");
        assertThat(signOut.get("204").has("content")).isFalse();
        assertThat(signOut.get("4XX").get("content").has("application/problem+json")).isTrue();
        assertThat(description.at("/components/schemas/NewItem/properties/sku/pattern").asText())
                .isEqualTo(com.regimen.core.inventory.InventoryItems.SKU_FORMAT);
        assertThat(description.at("/components/schemas/ListResponseAppointmentView/properties/nextCursor/nullable")
                .asBoolean()).isTrue();
    }

    private static String toJson(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
