package com.regimen.core.consent;

import java.time.Instant;

/**
 * A patient's signature on a treatment's consent form, as recorded: the form's version and the
 * plugin's, the name the patient typed, a fingerprint of the drawn mark, and the member of staff
 * who witnessed it (from their sign-in, never from the request).
 *
 * @param language the language the form was shown and signed in
 */
public record SignedConsent(String id, String patientId, String treatmentId, String pluginVersion,
                            String consentVersion, String language, String typedName, String markSha256,
                            String witnessId, String witnessName, Instant signedAt) {
}
