package com.regimen.core.frontdesk;

import com.regimen.core.booking.Appointment;
import com.regimen.core.clearance.Clearance;
import com.regimen.core.patients.Patient;
import com.regimen.core.consent.ConsentStanding;
import com.regimen.core.payments.Payment;
import com.regimen.core.payments.PaymentTaker;

import java.util.List;
import java.util.Map;

/**
 * Everything the desk reads about one patient on one screen. {@code due}: what the patient's live
 * and missed appointments still owe, per currency; {@code takenBy}: who took each payment, by payment
 * id; {@code consents}: the patient's signatures, newest first.
 */
public record PatientProfile(Patient patient, List<PatientProfileDao.IntakeVersion> intakes,
                             List<PatientProfileDao.ScreeningSummary> screenings, List<Clearance> clearances,
                             List<Appointment> appointments, List<CourseProgress> courses, List<Payment> payments,
                             Map<String, Long> due, Map<String, Long> paid, boolean cardOnFile,
                             Map<String, PaymentTaker> takenBy, List<ConsentStanding> consents) {

    /** A course: how many of its sessions are done, of how many booked. */
    public record CourseProgress(String courseId, String treatmentId, int sessions, int completed, int cancelled) {
    }
}
