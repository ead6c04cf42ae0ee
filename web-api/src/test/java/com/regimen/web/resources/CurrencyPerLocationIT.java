package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.StripeConnections;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.FakeStripe;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A chain in Riyadh and Dubai charges SAR in one and AED in the other, Stripe included. */
@ExtendWith(DropwizardExtensionsSupport.class)
class CurrencyPerLocationIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final FakeStripe STRIPE = new FakeStripe();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("stripe.secretKey", "sk_test_fake"),
            ConfigOverride.config("stripe.apiBase", STRIPE.baseUrl()),
            ConfigOverride.config("stripe.webhookSecret", "whsec_currency"));

    @AfterAll
    static void stopStripe() {
        STRIPE.close();
    }

    private Api api() {
        return TestApps.api(APP);
    }

    /** A Dubai branch of a Riyadh chain: AED, its own room, physician and PRP stock. */
    private String dubai(Clinic c) {
        Map<String, Object> hours = new HashMap<>();
        List<Map<String, String>> schedule = new ArrayList<>();
        List<String> days = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
        days.forEach(day -> hours.put(day, List.of(List.of("09:00", "17:00"))));
        Reply location = api().post("/locations", c.key(), Map.of("name", "Dubai", "timezone", "Asia/Dubai",
                "currency", "AED", "openingHours", hours));
        assertThat(location.status()).as(location.toString()).isEqualTo(201);
        assertThat(location.text("currency")).isEqualTo("AED");
        String id = location.text("id");
        days.forEach(day -> schedule.add(Map.of("locationId", id, "day", day, "from", "09:00", "to", "17:00")));
        api().post("/rooms", c.key(), Map.of("locationId", id, "name", "Room D", "equipment", List.of("centrifuge"),
                "turnoverMinutes", 15));
        api().post("/practitioners", c.key(), Map.of("name", "Dr. Karim", "credentials", List.of("PHYSICIAN"),
                "schedule", schedule));
        for (String sku : List.of("prp-kit", "needle-blood-draw", "needle-30g")) {
            assertThat(api().post("/inventory/receipts", c.key(), Map.of("locationId", id, "sku", sku,
                    "lotNumber", "DXB-" + sku, "expiresOn", "2030-01-01", "quantity", 50)).status()).isEqualTo(201);
        }
        return id;
    }

    private Reply book(Clinic c, String location, String start) {
        String patient = Clinics.patient(api(), c, Map.of());
        return api().post("/appointments", c.key(), Map.of("patientId", patient, "treatmentId", "prp",
                "locationId", location, "start", start));
    }

    @Test
    void aBookingIsPricedInItsLocationsCurrencyAndStripeChargesInIt() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 10);
        StripeConnections.connect(api(), STRIPE, "whsec_currency", c.key(), "acct_1DubaiRiyadh");
        String dubai = dubai(c);

        Reply unpriced = book(c, dubai, "2027-01-10T07:00:00Z");
        assertThat(unpriced.status()).as("no AED prices yet").isEqualTo(422);
        assertThat(unpriced.text("code")).isEqualTo("PRICE_NOT_SET");
        assertThat(unpriced.text("detail")).contains("AED");

        Reply priced = api().put("/treatments/prp/settings", c.key(), Map.of("pricesByCurrency",
                Map.of("AED", Map.of("session", 95_000))));
        assertThat(priced.status()).as(priced.toString()).isEqualTo(200);
        assertThat(priced.json().get("pricesByCurrency").get("AED").get("session").asLong()).isEqualTo(95_000);
        assertThat(priced.json().get("prices").get("session").asLong()).as("SAR untouched").isEqualTo(100_000);

        Reply inDubai = book(c, dubai, "2027-01-10T07:00:00Z");
        assertThat(inDubai.status()).as(inDubai.toString()).isEqualTo(201);
        assertThat(inDubai.json().get("price").get("amount").asLong()).isEqualTo(95_000);
        assertThat(inDubai.json().get("price").get("currency").asText()).isEqualTo("AED");
        Reply inRiyadh = book(c, c.location(), "2027-01-10T07:00:00Z");
        assertThat(inRiyadh.json().get("price").get("currency").asText()).isEqualTo("SAR");
        assertThat(inRiyadh.json().get("price").get("amount").asLong()).isEqualTo(100_000);

        Reply card = api().post("/appointments/" + inDubai.text("id") + "/payments", c.key(),
                Map.of("kind", "DEPOSIT", "method", "CARD"));
        assertThat(card.status()).as(card.toString()).isEqualTo(201);
        FakeStripe.Request sent = STRIPE.requests().get(STRIPE.requests().size() - 1);
        assertThat(sent.path()).isEqualTo("/v1/payment_intents");
        assertThat(sent.form()).containsEntry("currency", "aed").containsEntry("amount", "19000");
        assertThat(api().get("/appointments/" + inDubai.text("id") + "/payments", c.key()).json().get("due")
                .get("total").get("currency").asText()).isEqualTo("AED");
    }

    @Test
    void pricesByCurrencyAreChecked() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 10);
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("pricesByCurrency", Map.of("DIRHAM", Map.of("session", 1))),
                Map.of("pricesByCurrency", Map.of("AED", Map.of("nope", 1))),
                Map.of("pricesByCurrency", Map.of("AED", Map.of("session", -1))))) {
            Reply r = api().put("/treatments/prp/settings", c.key(), bad);
            assertThat(r.status()).as(bad + " -> " + r).isEqualTo(400);
            assertThat(r.text("code")).isEqualTo("VALIDATION_FAILED");
        }
        Reply own = api().put("/treatments/prp/settings", c.key(), Map.of("pricesByCurrency",
                Map.of("SAR", Map.of("session", 110_000))));
        assertThat(own.json().get("prices").get("session").asLong()).as("the tenant's currency is prices")
                .isEqualTo(110_000);
        assertThat(own.json().get("pricesByCurrency").has("SAR")).isFalse();
    }
}
