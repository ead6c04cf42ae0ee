package com.regimen.core.messages;

import com.regimen.core.booking.AppointmentDao;
import com.regimen.core.errors.DomainException;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.patients.PatientDao;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/** The messages of an appointment or a patient, with where each stands, for the desk. */
public final class MessageLog {
    private final Jdbi jdbi;

    public MessageLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Message> forAppointment(StaffIdentity reader, String appointmentId) {
        return jdbi.withHandle(handle -> {
            handle.attach(AppointmentDao.class).find(reader.tenantId(), appointmentId)
                    .orElseThrow(() -> DomainException.notFound("Appointment"));
            return handle.attach(MessageDao.class).forAppointment(reader.tenantId(), appointmentId);
        });
    }

    public List<Message> forPatient(StaffIdentity reader, String patientId) {
        return jdbi.withHandle(handle -> {
            handle.attach(PatientDao.class).find(reader.tenantId(), patientId)
                    .orElseThrow(() -> DomainException.notFound("Patient"));
            return handle.attach(MessageDao.class).forPatient(reader.tenantId(), patientId);
        });
    }
}
