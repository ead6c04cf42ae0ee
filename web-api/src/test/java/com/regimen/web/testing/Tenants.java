package com.regimen.web.testing;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Clinic chains and their staff, made through the public API as a real client would. */
public final class Tenants {
    public static final String PASSWORD = "correct horse battery";

    private Tenants() {
    }

    public record Tenant(String tenantId, String ownerUserId, String apiKey, String ownerEmail) {
    }

    public record Staff(String userId, String email, String token) {
    }

    public static Tenant signUp(Api api, String name) {
        String email = "owner-" + UUID.randomUUID() + "@clinic.example";
        Reply reply = api.post("/signup", null, Map.of("tenantName", name, "ownerEmail", email,
                "ownerPassword", PASSWORD, "currency", "SAR", "locale", "ar"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return new Tenant(reply.text("tenantId"), reply.text("ownerUserId"), reply.text("apiKey"), email);
    }

    public static String signIn(Api api, String tenantId, String email, String password) {
        Reply reply = api.post("/sessions", null, Map.of("tenantId", tenantId, "email", email, "password", password));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("token");
    }

    /** Adds a member of staff with the given role and signs them in. */
    public static Staff staff(Api api, Tenant tenant, String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@clinic.example";
        Reply reply = api.post("/users", tenant.apiKey(), Map.of("email", email, "password", PASSWORD,
                "name", "Staff " + role, "role", role, "passwordChangeRequired", false));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return new Staff(reply.text("id"), email, signIn(api, tenant.tenantId(), email, PASSWORD));
    }
}
