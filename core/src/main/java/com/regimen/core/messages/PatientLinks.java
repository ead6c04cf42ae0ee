package com.regimen.core.messages;

/** The patient's self-service link for one appointment (made by core.selfservice; wired by the integrator). */
@FunctionalInterface
public interface PatientLinks {
    java.util.Optional<java.net.URI> forAppointment(String tenantId, String patientId, String appointmentId,
                                                    java.time.Instant expiresAt);

    PatientLinks NONE = (t, p, a, e) -> java.util.Optional.empty();
}
