package com.regimen.web.resources;

import com.regimen.core.staff.SecretToken;
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
class ApiKeyIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    @Test
    void aKeyIsShownOnceListedByItsLastFourAndRevokedAtOnce() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Reply created = api().post("/api-keys", tenant.apiKey(), Map.of("name", "Booking widget", "role", "FRONT_DESK"));
        assertThat(created.status()).isEqualTo(201);
        String secret = created.text("secret");
        String id = created.text("id");
        assertThat(secret).endsWith(created.text("lastFour"));
        assertThat(created.text("role")).isEqualTo("FRONT_DESK");
        // Stored only as its SHA-256: the row has the hash and nothing of the secret's random part.
        assertThat(DB.count("SELECT COUNT(*) FROM api_keys WHERE tenant_id = ? AND id = ? AND key_hash = ?",
                tenant.tenantId(), id, SecretToken.parse(secret).orElseThrow().hash())).isEqualTo(1);
        String random = secret.split("_", 3)[2];
        assertThat(DB.jdbi().withHandle(h -> h.createQuery("SELECT * FROM api_keys WHERE tenant_id = ? AND id = ?")
                .bind(0, tenant.tenantId()).bind(1, id).mapToMap().one()).values())
                .allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(random));

        Reply list = api().get("/api-keys", tenant.apiKey());
        assertThat(list.json().get("data")).hasSize(2);
        assertThat(list.body()).doesNotContain(secret).contains(created.text("lastFour"));

        // The restricted key works, within its role.
        assertThat(api().get("/users/" + tenant.ownerUserId(), secret).status()).isEqualTo(403);
        assertThat(api().get("/api-keys", secret).status()).isEqualTo(403);

        Reply revoked = api().delete("/api-keys/" + id, tenant.apiKey());
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.text("revokedAt")).isNotNull();
        assertThat(api().get("/users/" + tenant.ownerUserId(), secret).status()).isEqualTo(401);
        assertThat(api().delete("/api-keys/" + id, tenant.apiKey()).status()).as("revoking twice is harmless")
                .isEqualTo(200);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND entity_id = ? "
                + "AND action = 'api_key.revoked'", tenant.tenantId(), id)).isEqualTo(1);
    }

    @Test
    void keysArePagedWithACursor() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        for (int i = 0; i < 4; i++) {
            api().post("/api-keys", tenant.apiKey(), Map.of("name", "key " + i));
        }
        Reply first = api().get("/api-keys?limit=2", tenant.apiKey());
        assertThat(first.json().get("data")).hasSize(2);
        String cursor = first.text("nextCursor");
        Reply second = api().get("/api-keys?limit=2&cursor=" + cursor, tenant.apiKey());
        Reply third = api().get("/api-keys?limit=2&cursor=" + second.text("nextCursor"), tenant.apiKey());
        assertThat(second.json().get("data")).hasSize(2);
        assertThat(third.json().get("data")).hasSize(1);
        assertThat(third.text("nextCursor")).isNull();
        assertThat(second.json().get("data").get(0).get("id").asText())
                .isGreaterThan(first.json().get("data").get(1).get("id").asText());

        assertThat(api().get("/api-keys?limit=0", tenant.apiKey()).status()).isEqualTo(400);
        assertThat(api().get("/api-keys?limit=501", tenant.apiKey()).status()).isEqualTo(400);
        assertThat(api().get("/api-keys?cursor=%25%25%25", tenant.apiKey()).status()).isEqualTo(400);
        Reply wrongType = api().hostile().get("/api-keys?limit=abc", tenant.apiKey());
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asText()).isEqualTo("limit");
    }
}
