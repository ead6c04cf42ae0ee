package com.regimen.web.testing;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Signed-in users linked to a clinic's practitioners, made through the public API. */
public final class ClinicalStaff {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClinicalStaff() {
    }

    /** A PRACTITIONER user linked to {@code practitionerId} (its credentials decide whether it is a physician). */
    public static Tenants.Staff linkedTo(Api api, Clinics.Clinic c, String practitionerId) {
        Tenants.Staff user = Tenants.staff(api, c.tenant(), "PRACTITIONER");
        update(api, c, practitionerId, Map.of("userId", user.userId()));
        return user;
    }

    /** PUTs the practitioner as it is, with {@code changes} applied (say, new credentials). */
    @SuppressWarnings("unchecked")
    public static void update(Api api, Clinics.Clinic c, String practitionerId, Map<String, Object> changes) {
        Map<String, Object> current = JSON.convertValue(api.get("/practitioners/" + practitionerId, c.key()).json(),
                Map.class);
        Map<String, Object> form = new HashMap<>();
        for (String field : List.of("name", "userId", "credentials", "schedule")) {
            form.put(field, current.get(field));
        }
        form.putAll(changes);
        Reply reply = api.put("/practitioners/" + practitionerId, c.key(), form);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }
}
