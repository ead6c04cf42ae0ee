package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
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

/** Discount rules an owner defines, applied by a manager with a reason, reflected in what is owed. */
@ExtendWith(DropwizardExtensionsSupport.class)
class DiscountsIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    private String book(Clinic c, String treatment, String start) {
        String patient = Clinics.patient(api(), c, Map.of());
        Reply booked = Clinics.book(api(), c, patient, treatment, start, Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.text("id");
    }

    private String rule(Clinic c, Map<String, Object> form) {
        Reply made = api().post("/discounts", c.key(), form);
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return made.text("id");
    }

    private Reply apply(Clinic c, String token, String appointment, String rule, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("ruleId", rule);
        body.put("reason", reason);
        return api().post("/appointments/" + appointment + "/discount", token, body);
    }

    private static long money(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            n = n.get(p);
        }
        return n.get("amount").asLong();
    }

    @Test
    void aManagerAppliesAnOwnersRuleWithAReasonAndWhatIsOwedFollows() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        String appointment = book(c, "prp", "2027-01-10T07:00:00Z");
        String tenPercent = rule(c, Map.of("name", "Returning patient", "kind", "PERCENT", "percent", 10,
                "treatmentId", "prp"));
        var manager = Tenants.staff(api(), c.tenant(), "MANAGER");
        var frontDesk = Tenants.staff(api(), c.tenant(), "FRONT_DESK");

        assertThat(apply(c, frontDesk.token(), appointment, tenPercent, "asked nicely").status())
                .as("front desk may not discount").isEqualTo(403);
        Reply noReason = apply(c, manager.token(), appointment, tenPercent, "  ");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");

        Reply applied = apply(c, manager.token(), appointment, tenPercent, "Third course, loyalty");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        JsonNode ledger = applied.json();
        assertThat(money(ledger, "price")).isEqualTo(100_000);
        assertThat(money(ledger, "discount")).isEqualTo(10_000);
        assertThat(money(ledger, "owed")).isEqualTo(90_000);
        assertThat(money(ledger, "due", "total")).isEqualTo(90_000);
        assertThat(money(ledger, "due", "deposit")).isEqualTo(20_000);
        assertThat(ledger.get("appliedDiscount").get("reason").asText()).isEqualTo("Third course, loyalty");
        assertThat(ledger.get("appliedDiscount").get("appliedBy").asText()).isEqualTo(manager.userId());

        assertThat(apply(c, manager.token(), appointment, tenPercent, "again").text("code"))
                .isEqualTo("ALREADY_DISCOUNTED");
        JsonNode audit = api().get("/audit-events?entityId=" + appointment, c.key()).json().get("data");
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.get("action").asText()).isEqualTo("appointment.discounted");
            assertThat(e.toString()).contains("Third course, loyalty").contains(tenPercent);
        });

        Reply balance = api().post("/appointments/" + appointment + "/payments", c.key(),
                Map.of("kind", "BALANCE", "method", "CASH"));
        assertThat(money(balance.json(), "amount")).as("the discounted price").isEqualTo(90_000);
        assertThat(money(api().get("/appointments/" + appointment + "/payments", c.key()).json(), "due", "total"))
                .isZero();
    }

    @Test
    void aDiscountCannotLeaveMorePaidThanTheDiscountedPrice() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        String appointment = book(c, "prp", "2027-01-11T07:00:00Z");
        String fixed = rule(c, Map.of("name", "Staff", "kind", "FIXED", "amount", 30_000, "currency", "SAR"));
        api().post("/appointments/" + appointment + "/payments", c.key(), Map.of("kind", "BALANCE", "method", "CASH",
                "amount", 80_000));
        Reply refused = apply(c, c.key(), appointment, fixed, "staff member");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("DISCOUNT_EXCEEDS_UNPAID");
        assertThat(DB.count("SELECT COUNT(*) FROM appointment_discounts WHERE tenant_id = ?",
                c.tenant().tenantId())).isZero();
        String twenty = rule(c, Map.of("name", "Small", "kind", "FIXED", "amount", 20_000, "currency", "SAR"));
        Reply fits = apply(c, c.key(), appointment, twenty, "goodwill");
        assertThat(fits.status()).as(fits.toString()).isEqualTo(201);
        assertThat(money(fits.json(), "due", "total")).isZero();
    }

    @Test
    void aRuleAppliesOnlyToItsTreatmentItsCurrencyAndWhileActive() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        String appointment = book(c, "prp", "2027-01-12T07:00:00Z");
        String meso = rule(c, Map.of("name", "Meso week", "kind", "PERCENT", "percent", 20,
                "treatmentId", "mesotherapy"));
        String dirhams = rule(c, Map.of("name", "Dubai", "kind", "FIXED", "amount", 5_000, "currency", "AED"));
        String all = rule(c, Map.of("name", "Opening", "kind", "PERCENT", "percent", 15));
        assertThat(apply(c, c.key(), appointment, meso, "x").text("code")).isEqualTo("DISCOUNT_NOT_APPLICABLE");
        assertThat(apply(c, c.key(), appointment, dirhams, "x").text("code")).isEqualTo("DISCOUNT_NOT_APPLICABLE");
        Reply off = api().delete("/discounts/" + all, c.key());
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().get("active").asBoolean()).isFalse();
        Reply inactive = apply(c, c.key(), appointment, all, "x");
        assertThat(inactive.status()).isEqualTo(422);
        assertThat(inactive.text("code")).isEqualTo("DISCOUNT_NOT_APPLICABLE");
        Map<String, Object> back = Map.of("name", "Opening again", "kind", "PERCENT", "percent", 15, "active", true);
        assertThat(api().put("/discounts/" + all, c.key(), back).json().get("active").asBoolean()).isTrue();
        assertThat(apply(c, c.key(), appointment, all, "opening week").status()).isEqualTo(201);

        String cancelled = book(c, "prp", "2027-01-13T07:00:00Z");
        api().post("/appointments/" + cancelled + "/cancel", c.key(), Map.of("reason", "ill"));
        assertThat(apply(c, c.key(), cancelled, all, "x").text("code")).isEqualTo("DISCOUNT_NOT_APPLICABLE");
    }

    @Test
    void onlyAnOwnerDefinesRulesAndBadRulesAreRefused() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        var manager = Tenants.staff(api(), c.tenant(), "MANAGER");
        Map<String, Object> good = Map.of("name", "Ten", "kind", "PERCENT", "percent", 10);
        assertThat(api().post("/discounts", manager.token(), good).status()).isEqualTo(403);
        assertThat(api().get("/discounts", manager.token()).status()).isEqualTo(200);
        for (Map<String, Object> bad : java.util.List.<Map<String, Object>>of(
                Map.of("name", "Zero", "kind", "PERCENT", "percent", 0),
                Map.of("name", "Too much", "kind", "PERCENT", "percent", 101),
                Map.of("name", "No currency", "kind", "FIXED", "amount", 100),
                Map.of("name", "Both", "kind", "FIXED", "amount", 100, "currency", "SAR", "percent", 5),
                Map.of("name", "Bad currency", "kind", "FIXED", "amount", 100, "currency", "XYZ"),
                Map.of("name", "Nothing", "kind", "PERCENT", "percent", 5, "treatmentId", "no-such"),
                Map.of("name", "", "kind", "PERCENT", "percent", 5),
                Map.of("name", "No kind", "percent", 5))) {
            Reply r = api().post("/discounts", c.key(), bad);
            assertThat(r.status()).as(bad + " -> " + r).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(api().hostile().post("/discounts", c.key(), Map.of("name", "x", "kind", "HALF")).status())
                .isEqualTo(400);
        assertThat(DB.count("SELECT COUNT(*) FROM discount_rules WHERE tenant_id = ?", c.tenant().tenantId()))
                .isZero();
    }

    @Test
    void anotherTenantsRulesAndAppointmentsAre404() {
        Clinic a = Clinics.open(api(), "Asia/Riyadh", 50);
        Clinic b = Clinics.open(api(), "Asia/Riyadh", 50);
        String ruleA = rule(a, Map.of("name", "A's", "kind", "PERCENT", "percent", 10));
        String ruleB = rule(b, Map.of("name", "B's", "kind", "PERCENT", "percent", 10));
        String appointmentA = book(a, "prp", "2027-01-14T07:00:00Z");
        String appointmentB = book(b, "prp", "2027-01-14T07:00:00Z");
        assertThat(api().get("/discounts/" + ruleA, b.key()).status()).isEqualTo(404);
        assertThat(api().put("/discounts/" + ruleA, b.key(), Map.of("name", "x", "kind", "PERCENT", "percent", 1))
                .status()).isEqualTo(404);
        assertThat(api().delete("/discounts/" + ruleA, b.key()).status()).isEqualTo(404);
        assertThat(apply(b, b.key(), appointmentA, ruleB, "x").status()).isEqualTo(404);
        assertThat(apply(b, b.key(), appointmentB, ruleA, "x").status()).as("another chain's rule").isEqualTo(404);
        assertThat(api().get("/discounts", b.key()).json()).extracting(r -> r.get("id").asText())
                .containsExactly(ruleB);
        assertThat(api().get("/discounts/" + ruleA, a.key()).json().get("active").asBoolean()).isTrue();
        assertThat(DB.count("SELECT COUNT(*) FROM appointment_discounts WHERE tenant_id IN (?, ?)",
                a.tenant().tenantId(), b.tenant().tenantId())).isZero();
    }
}
