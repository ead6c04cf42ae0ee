package com.regimen.web.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.regimen.client.ApiClient;
import com.regimen.client.ApiException;
import com.regimen.client.api.BookingApi;
import com.regimen.client.api.PatientsAndScreeningApi;
import com.regimen.client.api.PaymentsApi;
import com.regimen.client.api.TenantsAndStaffApi;
import com.regimen.client.model.AppointmentView;
import com.regimen.client.model.Cancel;
import com.regimen.client.model.IntakeRequest;
import com.regimen.client.model.IntakeView;
import com.regimen.client.model.Ledger;
import com.regimen.client.model.NewAppointment;
import com.regimen.client.model.PatientRequest;
import com.regimen.client.model.PatientView;
import com.regimen.client.model.PaymentView;
import com.regimen.client.model.SessionRequest;
import com.regimen.client.model.SessionResponse;
import com.regimen.client.model.SlotView;
import com.regimen.client.model.Slots;
import com.regimen.client.model.TakePayment;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.BookingServer;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A short front-desk booking flow through the Java client that openapi-generator makes from the
 * served description (web-api's pom), as a customer's integration would: sign in, create and find a
 * patient, record intake, find a slot, book, take a cash deposit, cancel. Every answer is
 * deserialised into the generated models, so a description that lies about an answer fails here.
 * Only the clinic chain's furniture (location, rooms, practitioners, prices, stock) is made with the
 * suite's own helper.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class GeneratedClientIT {
    private static final DropwizardAppExtension<RegimenConfiguration> APP = BookingServer.APP;
    private static final List<String> SCREENING_QUESTIONS = List.of("LIVER_DISEASE", "BLOOD_DISORDER", "CANCER",
            "PREGNANT", "BREASTFEEDING", "ACTIVE_INFECTION", "ANTICOAGULANTS", "IMMUNE_DISORDER",
            "SKIN_DISEASE_AT_SITE", "EXOSOME_ALLERGY", "DIABETES", "HYPERTENSION", "CARDIOVASCULAR_DISEASE",
            "SMOKED_OR_DRANK_LAST_48H", "MESO_INGREDIENT_ALLERGY", "SEVERE_ALLERGIC_REACTION_HISTORY");

    @Test
    void theFrontDeskBooksTakesADepositAndCancelsWithTheGeneratedClient() throws Exception {
        Clinic clinic = BookingServer.clinic("Asia/Riyadh");
        String base = "http://127.0.0.1:" + APP.getLocalPort() + "/v1";

        SessionResponse session = new TenantsAndStaffApi(client(base, null)).signIn(new SessionRequest()
                .tenantId(clinic.tenant().tenantId()).email(clinic.tenant().ownerEmail()).password(Tenants.PASSWORD));
        assertThat(session.getToken()).isNotBlank();
        assertThat(session.getRole()).hasToString("OWNER");
        ApiClient desk = client(base, session.getToken());
        PatientsAndScreeningApi patients = new PatientsAndScreeningApi(desk);
        BookingApi booking = new BookingApi(desk);
        PaymentsApi payments = new PaymentsApi(desk);

        String name = "Noor Client-" + UUID.randomUUID().toString().substring(0, 8);
        PatientView created = patients.createPatient(new PatientRequest().name(name).phone(Clinics.PATIENT_PHONE)
                .locale("en"), idempotent());
        assertThat(created.getName()).isEqualTo(name);
        assertThat(patients.searchPatients(name, 10, null).getData()).extracting(PatientView::getId)
                .containsExactly(created.getId());

        Map<String, JsonNode> answers = new HashMap<>();
        SCREENING_QUESTIONS.forEach(question -> answers.put(question, BooleanNode.FALSE));
        answers.put("MEDICATIONS", JsonNodeFactory.instance.arrayNode());
        IntakeView intake = patients.recordIntake(created.getId(), new IntakeRequest().answers(answers));
        assertThat(intake.getAnswers()).containsEntry("PREGNANT", BooleanNode.FALSE);

        Slots slots = booking.findAvailability(clinic.location(), "prp", "2027-01-10", "2027-01-10", null,
                created.getId(), null);
        assertThat(slots.getSlots()).isNotEmpty();
        SlotView first = slots.getSlots().get(0);
        assertThat(first.getStart()).isEqualTo(java.time.OffsetDateTime.parse("2027-01-10T06:00:00Z"));

        NewAppointment wanted = new NewAppointment().patientId(created.getId()).treatmentId("prp")
                .locationId(clinic.location()).start(first.getStart()).practitionerId(first.getPractitionerId());
        AppointmentView booked = booking.bookAppointment(wanted, idempotent());
        assertThat(booked.getStatus()).isEqualTo(AppointmentView.StatusEnum.BOOKED);
        assertThat(booked.getStart().toInstant()).isEqualTo(first.getStart().toInstant());
        assertThat(booked.getRoomId()).isEqualTo(clinic.room());
        assertThat(booked.getPrice().getAmount()).isEqualTo(100_000L);
        assertThat(booked.getPrice().getCurrency()).isEqualTo("SAR");
        long deposit = booked.getDeposit().getAmount();
        assertThat(deposit).isPositive().isLessThanOrEqualTo(100_000L);

        assertThat(booking.listAppointments(clinic.location(), "2027-01-10T00:00:00Z", "2027-01-11T00:00:00Z")
                .getData()).extracting(AppointmentView::getId, AppointmentView::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(booked.getId(),
                        AppointmentView.StatusEnum.BOOKED));

        // A refusal reaches the client as an ApiException carrying the problem+json.
        ApiException taken = catchThrowableOfType(ApiException.class,
                () -> booking.bookAppointment(wanted, idempotent()));
        assertThat(taken.getCode()).isEqualTo(409);
        assertThat(taken.getResponseBody()).contains("\"code\":\"SLOT_TAKEN\"");

        PaymentView paid = payments.takePayment(booked.getId(), new TakePayment()
                .kind(TakePayment.KindEnum.DEPOSIT).method(TakePayment.MethodEnum.CASH), idempotent());
        assertThat(paid.getStatus()).hasToString("SUCCEEDED");
        assertThat(paid.getAmount().getAmount()).isEqualTo(deposit);
        Ledger ledger = payments.getAppointmentLedger(booked.getId());
        assertThat(ledger.getPaid().getAmount()).isEqualTo(deposit);
        assertThat(ledger.getBalanceOutstanding().getAmount()).isEqualTo(100_000L - deposit);

        AppointmentView cancelled = booking.cancelAppointment(booked.getId(),
                new Cancel().reason("Patient travelling"));
        assertThat(cancelled.getStatus()).isEqualTo(AppointmentView.StatusEnum.CANCELLED);
        assertThat(cancelled.getCancelReason()).isEqualTo("Patient travelling");
        assertThat(booking.getAppointment(booked.getId()).getStatus()).isEqualTo(AppointmentView.StatusEnum.CANCELLED);
        assertThat(booking.findAvailability(clinic.location(), "prp", "2027-01-10", "2027-01-10", null, created.getId(), null)
                .getSlots()).extracting(SlotView::getStart).contains(first.getStart());
    }

    /**
     * The native library has no bearer-token setting; a request interceptor is its documented way.
     * Unlike the generator's default, a member the description does not declare fails the answer's
     * deserialisation, so the description cannot leave out what the server sends.
     */
    private static ApiClient client(String base, String token) {
        ApiClient client = new ApiClient();
        client.setObjectMapper(ApiClient.createDefaultObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        client.updateBaseUri(base);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static Map<String, String> idempotent() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }
}
