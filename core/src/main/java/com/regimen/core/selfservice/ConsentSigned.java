package com.regimen.core.selfservice;

import com.regimen.core.consent.SignedConsent;

/** The patient's signature on the treatment's current form; {@code alreadySigned} when it was there before. */
public record ConsentSigned(SignedConsent consent, boolean alreadySigned) {
}
