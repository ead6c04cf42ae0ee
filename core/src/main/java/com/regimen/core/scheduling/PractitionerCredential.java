package com.regimen.core.scheduling;

import com.regimen.plugin.spi.Credential;

import java.time.LocalDate;

/** A professional licence. An expired one counts as no credential; one with no expiry date never expires. */
public record PractitionerCredential(Credential type, String licenceNumber, LocalDate expiresOn) {
    public boolean validOn(LocalDate date) {
        return expiresOn == null || !expiresOn.isBefore(date);
    }
}
