package com.regimen.core.consent;

/**
 * A signature and whether it still counts: {@code current} when it is of the treatment's current
 * consent version (a new version needs a new signature before the next check-in).
 */
public record ConsentStanding(SignedConsent consent, boolean current) {
}
