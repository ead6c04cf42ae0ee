package com.regimen.core.frontdesk;

import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentStatus;
import com.regimen.core.clearance.Clearances;
import com.regimen.core.consent.Consents;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.patients.Patient;
import com.regimen.core.patients.PatientRecords;
import com.regimen.core.payments.CardsOnFile;
import com.regimen.core.payments.Payment;
import com.regimen.core.payments.PaymentLedger;
import com.regimen.core.payments.PaymentTaker;
import com.regimen.core.payments.Payments;
import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The patient profile: one read composed of the patients, clearance, booking and payments domains'
 * own answers, each scoped to the reader's tenant (another chain's patient is 404 from the first).
 * Bounded: the newest 100 appointments, intakes and screenings.
 */
public final class PatientProfiles {
    private final Jdbi jdbi;
    private final PatientRecords patients;
    private final Clearances clearances;
    private final Payments payments;
    private final CardsOnFile cards;
    private final Consents consents;

    public PatientProfiles(Jdbi jdbi, PatientRecords patients, Clearances clearances, Payments payments,
                           CardsOnFile cards, Consents consents) {
        this.consents = consents;
        this.jdbi = jdbi;
        this.patients = patients;
        this.clearances = clearances;
        this.payments = payments;
        this.cards = cards;
    }

    public PatientProfile of(StaffIdentity reader, String patientId) {
        Patient patient = patients.get(reader, patientId);
        String tenant = reader.tenantId();
        var rows = jdbi.withExtension(PatientProfileDao.class, dao -> new Object[] {
            dao.intakeVersions(tenant, patientId), dao.screenings(tenant, patientId), dao.appointments(tenant, patientId)});
        @SuppressWarnings("unchecked")
        List<Appointment> appointments = (List<Appointment>) rows[2];
        List<Payment> paidIn = new ArrayList<>();
        Map<String, PaymentTaker> takenBy = new HashMap<>();
        Map<String, Long> due = new TreeMap<>();
        Map<String, Long> paid = new TreeMap<>();
        for (Appointment a : appointments) {
            PaymentLedger ledger = payments.ledger(reader, a.id());
            paidIn.addAll(ledger.payments());
            takenBy.putAll(ledger.takenBy());
            if (a.status() != AppointmentStatus.CANCELLED || ledger.due().total() > 0) {
                due.merge(ledger.currency(), ledger.due().total(), Long::sum);
            }
            paid.merge(ledger.currency(), ledger.paid() - ledger.refunded(), Long::sum);
        }
        paidIn.sort(Comparator.comparing(Payment::createdAt).reversed());
        Map<String, List<Appointment>> byCourse = appointments.stream().filter(a -> a.courseId() != null)
                .collect(Collectors.groupingBy(Appointment::courseId, LinkedHashMap::new, Collectors.toList()));
        List<PatientProfile.CourseProgress> courses = byCourse.entrySet().stream().map(e -> new PatientProfile
                .CourseProgress(e.getKey(), e.getValue().get(0).treatmentId(), e.getValue().size(),
                (int) e.getValue().stream().filter(a -> a.status() == AppointmentStatus.COMPLETED).count(),
                (int) e.getValue().stream().filter(a -> a.status() == AppointmentStatus.CANCELLED).count())).toList();
        @SuppressWarnings("unchecked")
        PatientProfile profile = new PatientProfile(patient, (List<PatientProfileDao.IntakeVersion>) rows[0],
                (List<PatientProfileDao.ScreeningSummary>) rows[1], clearances.forPatient(reader, patientId),
                appointments, courses, paidIn, due, paid,
                Boolean.TRUE.equals(cards.card(reader, patientId).get("cardOnFile")), takenBy,
                consents.forPatient(reader, patientId));
        return profile;
    }
}
