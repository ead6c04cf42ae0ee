package com.regimen.core.messages;

import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentDao;
import com.regimen.core.consent.CareSheet;
import com.regimen.core.consent.CareSheets;
import com.regimen.core.errors.DomainException;
import com.regimen.core.outbox.MessageEvent;
import com.regimen.core.patients.Patient;
import com.regimen.core.patients.PatientDao;
import com.regimen.core.payments.Refund;
import com.regimen.core.payments.RefundDao;
import com.regimen.core.plugins.PluginRegistry;
import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.scheduling.Practitioners;
import org.jdbi.v3.core.Handle;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What decides whether a message goes out, read when its turn comes: the patient (language,
 * address), the visit as it is now and its location's zone. What the message says ({@link
 * #variables}) is read only for a message about to be sent, because it issues the patient's
 * self-service link: a message skipped or deferred must not leave a live link behind (one was
 * issued for every message, sent or not, and read the practitioner and care sheet for nothing).
 */
record MessageFacts(Patient patient, String language, Appointment appointment, ZoneId zone, String clinicName,
                    Refund refund) {

    /** Empty when the patient or visit no longer exists for this tenant. */
    static Optional<MessageFacts> load(Handle handle, Message message) {
        String tenantId = message.tenantId();
        Refund refund = message.refundId() == null ? null
                : handle.attach(RefundDao.class).find(tenantId, message.refundId()).orElse(null);
        String appointmentId = message.appointmentId() != null ? message.appointmentId()
                : refund == null ? null : refund.appointmentId();
        Appointment appointment = appointmentId == null ? null
                : handle.attach(AppointmentDao.class).find(tenantId, appointmentId).orElse(null);
        String patientId = message.patientId() != null ? message.patientId()
                : appointment == null ? null : appointment.patientId();
        if (patientId == null || appointment == null) {
            return Optional.empty();
        }
        Optional<Patient> found = handle.attach(PatientDao.class).find(tenantId, patientId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Patient patient = found.get();
        String language = "ar".equals(patient.locale()) ? "ar" : "en";
        Location location = Locations.find(handle, tenantId, appointment.locationId());
        return Optional.of(new MessageFacts(patient, language, appointment, location.timezone(), location.name(),
                refund));
    }

    /** The template's variables in the patient's language; a message about the visit ahead gets its link here. */
    Map<String, Object> variables(Handle handle, Message message, PluginRegistry plugins, PatientLinks links) {
        Locale locale = Locale.forLanguageTag(language);
        ZonedDateTime start = appointment.startsAt().atZone(zone);
        CareSheet care = CareSheets.inLanguage(plugins, appointment.treatmentId(), language);
        Map<String, Object> variables = new HashMap<>();
        variables.put("patientName", patient.name());
        variables.put("clinic", clinicName);
        variables.put("treatment", treatmentName(plugins, appointment.treatmentId(), language));
        variables.put("practitioner", practitionerName(handle, message.tenantId(), appointment.practitionerId()));
        variables.put("date", start.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale)));
        variables.put("time", start.format(DateTimeFormatter.ofPattern("HH:mm", locale)));
        variables.put("preCare", care.preCare());
        variables.put("afterCare", care.afterCare());
        variables.put("hasPreCare", !care.preCare().isEmpty());
        variables.put("hasAfterCare", !care.afterCare().isEmpty());
        if (message.event().aboutTheVisitAhead()) {
            // The link lives a day past the visit: the patient can still read the instructions that morning.
            links.forAppointment(message.tenantId(), patient.id(), appointment.id(),
                            appointment.startsAt().plusSeconds(86_400))
                    .ifPresent(uri -> variables.put("link", uri.toString()));
        }
        if (message.event() == MessageEvent.REFUND && refund != null) {
            variables.put("amount", money(refund.amount(), refund.currency(), locale));
        } else if (message.event() == MessageEvent.NO_SHOW_FEE && appointment.cancellationFee() != null) {
            variables.put("amount", money(appointment.cancellationFee(), appointment.currency(), locale));
        }
        return variables;
    }

    private static String treatmentName(PluginRegistry plugins, String treatmentId, String language) {
        try {
            return plugins.get(treatmentId).descriptor().name().in(language);
        } catch (DomainException uninstalled) {
            return treatmentId;
        }
    }

    private static String practitionerName(Handle handle, String tenantId, String practitionerId) {
        try {
            return Practitioners.find(handle, tenantId, practitionerId).name();
        } catch (DomainException gone) {
            return "";
        }
    }

    static String money(long minor, String currency, Locale locale) {
        Currency c = Currency.getInstance(currency);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(c);
        return format.format(BigDecimal.valueOf(minor, Math.max(c.getDefaultFractionDigits(), 0)));
    }
}
