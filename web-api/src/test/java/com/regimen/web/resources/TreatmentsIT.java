package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DropwizardExtensionsSupport.class)
class TreatmentsIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    @Test
    void theShippedTreatmentsAreListedInTheAskedLanguage() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Reply english = api().send("GET", "/treatments", tenant.apiKey(), null, Map.of("Accept-Language", "en-GB"));
        Reply arabic = api().send("GET", "/treatments", tenant.apiKey(), null, Map.of("Accept-Language", "ar-SA,ar;q=0.9"));
        List<String> ids = new ArrayList<>();
        english.json().get("data").forEach(t -> ids.add(t.get("id").asText()));
        assertThat(ids).containsExactly("exosome", "mesotherapy", "prp", "regenerative-facial", "stem-cell");

        JsonNode prp = english.json().get("data").get(2);
        assertThat(prp.get("name").asText()).isEqualTo("Platelet-rich plasma (PRP)");
        assertThat(prp.get("enabled").asBoolean()).isFalse();
        assertThat(prp.get("protocol").get("requiredEquipment").get(0).asText()).isEqualTo("centrifuge");
        assertThat(arabic.json().get("data").get(2).get("name").asText()).isEqualTo("حقن البلازما الغنية بالصفائح");
        assertThat(arabic.json().get("data").get(4).get("protocol").get("requiredAccreditation").asText())
                .isEqualTo("stem-cell");
    }

    @Test
    void aTreatmentMustBeEnabledAndPricedInTheTenantsCurrencyBeforeItIsQuoted() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Riyadh Glow"); // signs up in SAR
        Reply notEnabled = api().post("/treatments/prp/quote", tenant.apiKey(), Map.of("sessions", 3));
        assertThat(notEnabled.status()).isEqualTo(422);
        assertThat(notEnabled.text("code")).isEqualTo("TREATMENT_NOT_ENABLED");

        Reply settings = api().get("/treatments/prp/settings", tenant.apiKey());
        assertThat(settings.text("currency")).isEqualTo("SAR");
        assertThat(settings.json().get("prices")).isEmpty();
        assertThat(settings.json().get("priceKeys").get(0).asText()).isEqualTo("session");

        assertThat(api().put("/treatments/prp/settings", tenant.apiKey(), Map.of("enabled", true)).status())
                .isEqualTo(200);
        Reply noPrice = api().post("/treatments/prp/quote", tenant.apiKey(), Map.of("sessions", 3));
        assertThat(noPrice.status()).isEqualTo(422);
        assertThat(noPrice.text("code")).isEqualTo("PRICE_NOT_SET");
        assertThat(noPrice.json().get("messages").get("ar").asText()).isNotBlank();

        Reply priced = api().put("/treatments/prp/settings", tenant.apiKey(),
                Map.of("prices", Map.of("session", 150_000), "depositPercent", 25));
        assertThat(priced.json().get("enabled").asBoolean()).isTrue();

        Reply quote = api().send("POST", "/treatments/prp/quote", tenant.apiKey(), "{\"sessions\": 3}",
                Map.of("Accept-Language", "ar"));
        assertThat(quote.status()).isEqualTo(201);
        assertThat(quote.json().get("total").get("amount").asLong()).isEqualTo(450_000);
        assertThat(quote.json().get("total").get("currency").asText()).isEqualTo("SAR");
        assertThat(quote.json().get("deposit").get("amount").asLong()).isEqualTo(112_500);
        assertThat(quote.json().get("lines").get(0).get("label").asText()).contains("جلسة");
        assertThat(quote.text("pluginVersion")).isEqualTo("1.1.0");
        assertThat(DB.count("SELECT COUNT(*) FROM treatment_quotes WHERE tenant_id = ? AND id = ? "
                + "AND plugin_version = '1.1.0' AND total = 450000", tenant.tenantId(), quote.text("id"))).isEqualTo(1);
    }

    @Test
    void pluginRejectionsAndBadSettingsAreClientErrors() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        api().put("/treatments/stem-cell/settings", tenant.apiKey(),
                Map.of("enabled", true, "prices", Map.of("course.autologous", 11_250_000, "course.donor", 16_875_000)));

        Reply outOfRange = api().post("/treatments/stem-cell/quote", tenant.apiKey(), Map.of("sessions", 5));
        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(outOfRange.text("code")).isEqualTo("SESSIONS_OUT_OF_RANGE");

        Reply donor = api().post("/treatments/stem-cell/quote", tenant.apiKey(),
                Map.of("sessions", 3, "cellSource", "donor"));
        assertThat(donor.json().get("total").get("amount").asLong()).isEqualTo(16_875_000);
        Reply unknownSource = api().post("/treatments/stem-cell/quote", tenant.apiKey(),
                Map.of("sessions", 3, "cellSource", "cord"));
        assertThat(unknownSource.text("code")).isEqualTo("UNKNOWN_CELL_SOURCE");

        Reply unknownKey = api().put("/treatments/prp/settings", tenant.apiKey(), Map.of("prices", Map.of("vip", 1)));
        assertThat(unknownKey.status()).isEqualTo(400);
        assertThat(unknownKey.json().get("errors").get(0).get("field").asText()).isEqualTo("prices.vip");
        assertThat(api().put("/treatments/prp/settings", tenant.apiKey(), Map.of("prices", Map.of("session", -5)))
                .status()).isEqualTo(400);
        assertThat(api().put("/treatments/prp/settings", tenant.apiKey(), Map.of("depositPercent", 101)).status())
                .isEqualTo(400);
        assertThat(api().get("/treatments/botox/settings", tenant.apiKey()).status()).isEqualTo(404);
        assertThat(api().post("/treatments/botox/quote", tenant.apiKey(), Map.of("sessions", 1)).status())
                .isEqualTo(404);
    }

    @Test
    void onlyOwnersAndManagersChangeSettingsAndTenantsDoNotShareThem() {
        Tenants.Tenant a = Tenants.signUp(api(), "A");
        Tenants.Tenant b = Tenants.signUp(api(), "B");
        Tenants.Staff frontDesk = Tenants.staff(api(), a, "FRONT_DESK");
        assertThat(api().put("/treatments/prp/settings", frontDesk.token(), Map.of("enabled", true)).status())
                .isEqualTo(403);
        assertThat(api().put("/treatments/prp/settings", a.apiKey(), Map.of("enabled", true)).status()).isEqualTo(200);
        assertThat(api().get("/treatments/prp/settings", b.apiKey()).json().get("enabled").asBoolean()).isFalse();
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = "
                + "'treatment_settings.updated'", a.tenantId())).isEqualTo(1);
    }
}
