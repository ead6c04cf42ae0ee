package com.regimen.web.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs a test patient's consents for the treatments {@link Clinics} offers, as the desk would before
 * the first check-in, so that tests about other things check in as before. The owner witnesses (a
 * person: an API key cannot). Treatments whose plugin asks for no consent are skipped.
 */
public final class Consenting {
    static final List<String> TREATMENTS = List.of("prp", "exosome", "mesotherapy");
    /** Per server and treatment: whether it has a form (fixed while a server runs). */
    private static final Map<String, Boolean> HAS_FORM = new ConcurrentHashMap<>();
    /** Per server and tenant: the owner's session. */
    private static final Map<String, String> WITNESS = new ConcurrentHashMap<>();

    private Consenting() {
    }

    public static void signAll(Api api, Clinics.Clinic c, String patient) {
        for (String treatment : TREATMENTS) {
            boolean hasForm = HAS_FORM.computeIfAbsent(api.base() + " " + treatment, key -> {
                Reply form = api.get("/treatments/" + treatment + "/consent", c.key());
                assertThat(form.status()).as(form.toString()).isIn(200, 404);
                return form.status() == 200;
            });
            if (hasForm) {
                sign(api, c, patient, treatment);
            }
        }
    }

    public static void sign(Api api, Clinics.Clinic c, String patient, String treatment) {
        String key = api.base() + " " + c.tenant().tenantId();
        Reply signed = post(api, WITNESS.computeIfAbsent(key, k -> owner(api, c)), patient, treatment);
        if (signed.status() == 401) {
            // The session expired (a test moved the clock): sign in again.
            signed = post(api, WITNESS.compute(key, (k, old) -> owner(api, c)), patient, treatment);
        }
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
    }

    private static Reply post(Api api, String token, String patient, String treatment) {
        return api.post("/patients/" + patient + "/consents", token, Map.of("treatmentId", treatment,
                "typedName", Clinics.PATIENT_NAME, "mark", Marks.scribble(), "language", "ar"));
    }

    private static String owner(Api api, Clinics.Clinic c) {
        return Tenants.signIn(api, c.tenant().tenantId(), c.tenant().ownerEmail(), Tenants.PASSWORD);
    }
}
