package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DropwizardExtensionsSupport.class)
class RolesAndIsolationIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    @Test
    void rolesBelowTheEndpointsGet403() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Tenants.Staff frontDesk = Tenants.staff(api(), tenant, "FRONT_DESK");
        Tenants.Staff manager = Tenants.staff(api(), tenant, "MANAGER");
        Tenants.Staff practitioner = Tenants.staff(api(), tenant, "PRACTITIONER");
        Map<String, Object> newUser = Map.of("email", "x@clinic.example", "password", Tenants.PASSWORD,
                "name", "X", "role", "FRONT_DESK");

        Reply denied = api().post("/users", frontDesk.token(), newUser);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        assertThat(denied.text("code")).isEqualTo("FORBIDDEN");
        assertThat(api().post("/users", practitioner.token(), newUser).status()).isEqualTo(403);
        assertThat(api().get("/api-keys", manager.token()).status()).isEqualTo(403);
        assertThat(api().post("/api-keys", manager.token(), Map.of("name", "k")).status()).isEqualTo(403);
        assertThat(api().get("/audit-events", frontDesk.token()).status()).isEqualTo(403);

        Reply managerMakesOwner = api().post("/users", manager.token(), Map.of("email", "boss@clinic.example",
                "password", Tenants.PASSWORD, "name", "Boss", "role", "OWNER"));
        assertThat(managerMakesOwner.status()).isEqualTo(403);
        assertThat(api().post("/users", manager.token(), newUser).status()).isEqualTo(201);
        assertThat(DB.count("SELECT COUNT(*) FROM staff_users WHERE tenant_id = ? AND email = 'boss@clinic.example'",
                tenant.tenantId())).isZero();
    }

    @Test
    void aDuplicateEmailIsAConflict() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Reply again = api().post("/users", tenant.apiKey(), Map.of("email", tenant.ownerEmail().toUpperCase(),
                "password", Tenants.PASSWORD, "name", "Twin", "role", "MANAGER"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("EMAIL_TAKEN");
    }

    @Test
    void anotherTenantsIdsAre404AndItsRecordsInvisible() {
        Tenants.Tenant a = Tenants.signUp(api(), "Clinic A");
        Tenants.Tenant b = Tenants.signUp(api(), "Clinic B");
        Tenants.Staff aManager = Tenants.staff(api(), a, "MANAGER");
        String aKeyId = api().get("/api-keys", a.apiKey()).json().get("data").get(0).get("id").asText();

        Reply user = api().get("/users/" + aManager.userId(), b.apiKey());
        assertThat(user.status()).isEqualTo(404);
        assertThat(user.text("code")).isEqualTo("NOT_FOUND");
        assertThat(user.body()).doesNotContain(aManager.email());
        assertThat(api().get("/users/no-such-id", b.apiKey()).body()).as("same answer as a missing id")
                .isEqualTo(user.body());

        assertThat(api().delete("/api-keys/" + aKeyId, b.apiKey()).status()).isEqualTo(404);
        assertThat(api().get("/api-keys", a.apiKey()).json().get("data").get(0).get("revokedAt").isNull()).isTrue();

        Reply audit = api().get("/audit-events?entityId=" + a.tenantId(), b.apiKey());
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().get("data")).isEmpty();
        assertThat(api().get("/audit-events", b.apiKey()).body()).doesNotContain(a.tenantId());

        // A's token names A: it can never act in B, whatever the request says.
        String forged = a.apiKey().replace(a.tenantId(), b.tenantId());
        assertThat(api().get("/api-keys", forged).status()).isEqualTo(401);
    }
}
