package com.regimen.core.consent;

/**
 * What the desk sends when the patient signs: the treatment, the name the patient typed, the mark
 * they drew (a PNG data URL) and the language the form was shown in (the patient's when null).
 */
public record ConsentSignature(String treatmentId, String typedName, String mark, String language) {
}
