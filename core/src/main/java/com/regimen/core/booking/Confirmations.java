package com.regimen.core.booking;

import com.regimen.core.consent.CareSheets;
import com.regimen.core.errors.DomainException;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.patients.Patient;
import com.regimen.core.patients.PatientRecords;
import com.regimen.core.plugins.PluginRegistry;
import com.regimen.core.printing.PrintedPage;
import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.scheduling.Practitioners;
import org.jdbi.v3.core.Jdbi;

/** An appointment's printable confirmation, with the pre-care the patient follows before it. */
public final class Confirmations {
    private final Jdbi jdbi;
    private final PluginRegistry plugins;
    private final PatientRecords patients;

    public Confirmations(Jdbi jdbi, PluginRegistry plugins, PatientRecords patients) {
        this.jdbi = jdbi;
        this.plugins = plugins;
        this.patients = patients;
    }

    /** @param language "ar" or "en"; null for the patient's own language */
    public String html(StaffIdentity reader, String appointmentId, String language) {
        return page(reader, appointmentId, language).xhtml();
    }

    public byte[] pdf(StaffIdentity reader, String appointmentId, String language) {
        return page(reader, appointmentId, language).pdf();
    }

    private PrintedPage page(StaffIdentity reader, String appointmentId, String language) {
        return jdbi.withHandle(handle -> {
            Appointment appointment = handle.attach(AppointmentDao.class).find(reader.tenantId(), appointmentId)
                    .orElseThrow(() -> DomainException.notFound("Appointment"));
            Patient patient = patients.get(reader, appointment.patientId());
            String lang = language == null ? patient.locale() : language;
            Location location = Locations.find(handle, reader.tenantId(), appointment.locationId());
            String practitioner = Practitioners.find(handle, reader.tenantId(), appointment.practitionerId()).name();
            String treatment;
            try {
                treatment = plugins.get(appointment.treatmentId()).descriptor().name().in(lang);
            } catch (DomainException uninstalled) {
                treatment = appointment.treatmentId(); // removed since: its id still names the treatment
            }
            return ConfirmationPage.build(appointment, new ConfirmationPage.Details(patient.name(), treatment,
                    location.name(), location.timezone(), practitioner),
                    CareSheets.inLanguage(plugins, appointment.treatmentId(), lang));
        });
    }
}
