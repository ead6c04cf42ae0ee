package com.regimen.core.consent;

/** A treatment's consent form as it stands now, to show the patient before they sign. */
public record TreatmentConsent(String treatmentId, String pluginVersion, FormAsSigned form) {
}
