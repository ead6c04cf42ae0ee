package com.regimen.core.selfservice;

import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.StaffIdentity;

import java.time.Instant;

/**
 * An opened self-service link: the one tenant, patient and appointment it reaches, and until when.
 * Everything done through it acts as {@link #actor()}: the link itself, with no staff role.
 */
public record PatientLink(String tenantId, String linkId, String patientId, String appointmentId,
                          Instant expiresAt) {
    public StaffIdentity actor() {
        return new StaffIdentity(tenantId, ActorType.PATIENT, linkId, null, null);
    }
}
