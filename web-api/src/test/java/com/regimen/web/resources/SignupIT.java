package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DropwizardExtensionsSupport.class)
class SignupIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB);

    private Api api() {
        return TestApps.api(APP);
    }

    private static Map<String, Object> form(String email) {
        Map<String, Object> form = new HashMap<>();
        form.put("tenantName", "نضارة كلينك");
        form.put("ownerEmail", email);
        form.put("ownerPassword", Tenants.PASSWORD);
        form.put("currency", "SAR");
        form.put("locale", "ar");
        return form;
    }

    @Test
    void signupCreatesTenantOwnerAndAWorkingApiKeyInOneGo() {
        Reply reply = api().post("/signup", null, form("Owner@Nadara.example"));

        assertThat(reply.status()).isEqualTo(201);
        String tenantId = reply.text("tenantId");
        String apiKey = reply.text("apiKey");
        assertThat(apiKey).startsWith("rgk_" + tenantId + "_");
        assertThat(DB.count("SELECT COUNT(*) FROM tenants WHERE tenant_id = ? AND name = ?", tenantId, "نضارة كلينك"))
                .isEqualTo(1);
        assertThat(DB.count("SELECT COUNT(*) FROM staff_users WHERE tenant_id = ? AND role = 'OWNER' "
                + "AND email = 'owner@nadara.example'", tenantId)).isEqualTo(1);
        // Only the hash of the key is stored.
        assertThat(DB.count("SELECT COUNT(*) FROM api_keys WHERE tenant_id = ? AND key_hash <> ?", tenantId, apiKey))
                .isEqualTo(1);

        Reply keys = api().get("/api-keys", apiKey);
        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.json().get("data")).hasSize(1);
        assertThat(keys.body()).doesNotContain(apiKey);

        Reply audit = api().get("/audit-events?entityId=" + tenantId, apiKey);
        assertThat(audit.json().get("data").get(0).get("action").asText()).isEqualTo("tenant.created");
    }

    @Test
    void theOwnerCanSignInWithTheEmailInAnyCase() {
        Reply signup = api().post("/signup", null, form("Case@Nadara.example"));
        String token = Tenants.signIn(api(), signup.text("tenantId"), "CASE@nadara.EXAMPLE", Tenants.PASSWORD);
        Reply me = api().get("/users/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("role")).isEqualTo("OWNER");
        assertThat(me.text("email")).isEqualTo("case@nadara.example");
        assertThat(me.body()).doesNotContain("argon2");
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsWritten() {
        long tenantsBefore = DB.count("SELECT COUNT(*) FROM tenants");
        Map<String, Object> bad = form("not-an-email");
        bad.put("currency", "XYZ");
        Reply email = api().hostile().post("/signup", null, bad);
        assertThat(email.status()).isEqualTo(400);
        assertThat(email.contentType()).startsWith("application/problem+json");
        assertThat(email.text("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(email.json().get("errors").get(0).get("field").asText()).isEqualTo("ownerEmail");

        Map<String, Object> currency = form("ok@nadara.example");
        currency.put("currency", "XYZ");
        assertThat(api().hostile().post("/signup", null, currency).json().get("errors").get(0).get("field").asText())
                .isEqualTo("currency");

        Map<String, Object> shortPassword = form("ok@nadara.example");
        shortPassword.put("ownerPassword", "short");
        Reply password = api().hostile().post("/signup", null, shortPassword);
        assertThat(password.status()).isEqualTo(400);
        assertThat(password.json().get("errors").get(0).get("field").asText()).isEqualTo("ownerPassword");

        Map<String, Object> locale = form("ok@nadara.example");
        locale.put("locale", "fr");
        assertThat(api().hostile().post("/signup", null, locale).status()).isEqualTo(400);

        assertThat(DB.count("SELECT COUNT(*) FROM tenants")).isEqualTo(tenantsBefore);
    }
}
