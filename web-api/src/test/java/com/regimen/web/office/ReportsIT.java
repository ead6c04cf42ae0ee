package com.regimen.web.office;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports against a small chain whose every figure is worked out by hand below: five
 * appointments in Riyadh (VAT 15%, prices include it), two paid in full, one deposit kept on a
 * no-show, one refunded in part, one cancelled in good time, one earlier visit that makes a patient
 * returning, and lots expiring at known distances.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ReportsIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB);
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    private static Clinics.Clinic c;
    private static LocalDate today;
    private static String range;
    private static String paidRange;
    private static long physicianMinutes;
    private static long nurseMinutes;

    private static Api api() {
        return TestApps.api(APP);
    }

    private static String at(int days) {
        return today.plusDays(days) + "T07:00:00Z";
    }

    private static Reply book(String patient, int days, String practitioner) {
        Reply booked = Clinics.book(api(), c, patient, "prp", at(days), Map.of("practitionerId", practitioner));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked;
    }

    private static void ok(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 204);
    }

    private static long minutes(Reply booked) {
        return Duration.between(Instant.parse(booked.text("start")), Instant.parse(booked.text("end")))
                .toMinutes();
    }

    @BeforeAll
    static void aSmallChain() {
        c = Clinics.open(api(), "Asia/Riyadh", 50);
        today = LocalDate.now(RIYADH);
        ok(api().put("/locations/" + c.location() + "/tax-settings", c.key(), Map.of("sellerNameAr", "عيادة",
                "sellerNameEn", "Clinic", "vatNumber", "300000000000003")));
        String p1 = Clinics.patient(api(), c, Map.of());
        String p2 = Clinics.patient(api(), c, Map.of());
        String p3 = Clinics.patient(api(), c, Map.of());

        // Before the range: p2's first visit, so that in the range p2 is returning.
        Reply earlier = book(p2, 5, c.nurse());
        ok(api().post("/appointments/" + earlier.text("id") + "/check-in", c.key(), "{}"));

        Reply first = book(p1, 10, c.physician());
        ok(api().post("/appointments/" + first.text("id") + "/payments", c.key(),
                Map.of("kind", "BALANCE", "method", "CASH")));
        ok(api().post("/appointments/" + first.text("id") + "/check-in", c.key(), "{}"));
        ok(api().post("/appointments/" + first.text("id") + "/complete", c.key(), "{}"));
        physicianMinutes = minutes(first);

        Reply second = book(p2, 11, c.nurse());
        String payment = api().post("/appointments/" + second.text("id") + "/payments", c.key(),
                Map.of("kind", "BALANCE", "method", "CASH")).text("id");
        ok(api().post("/payments/" + payment + "/refunds", c.key(), Map.of("amount", 5_000)));
        ok(api().post("/appointments/" + second.text("id") + "/check-in", c.key(), "{}"));
        nurseMinutes = minutes(second);

        Reply missed = book(p3, 12, c.nurse());
        assertThat(missed.json().get("deposit").get("amount").asLong()).isEqualTo(20_000);
        ok(api().post("/appointments/" + missed.text("id") + "/payments", c.key(),
                Map.of("kind", "DEPOSIT", "method", "CASH")));
        ok(api().post("/appointments/" + missed.text("id") + "/no-show", c.key(), "{}"));

        Reply cancelled = book(p1, 13, c.physician());
        ok(api().post("/appointments/" + cancelled.text("id") + "/cancel", c.key(), "{}"));

        String item = api().post("/inventory/items", c.key(), Map.of("sku", "zz-serum", "name", "Serum",
                "unit", "vial")).text("id");
        int[][] lots = {{20, 7}, {50, 3}, {80, 2}, {200, 100}};
        for (int[] lot : lots) {
            ok(api().post("/inventory/receipts", c.key(), Map.of("locationId", c.location(), "sku", "zz-serum",
                    "lotNumber", "S-" + lot[0], "expiresOn", today.plusDays(lot[0]).toString(), "quantity", lot[1])));
        }
        ok(api().put("/inventory/items/" + item + "/par-level", c.key(), Map.of("locationId", c.location(),
                "parLevel", 120)));

        range = "from=" + today.plusDays(10) + "&to=" + today.plusDays(13);
        // Money is dated on the day it was taken (today in Riyadh); the appointments are later.
        paidRange = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
    }

    @Test
    void revenueIsInvoicesLessCreditNotesWithVatApart() {
        JsonNode totals = api().get("/reports/revenue?" + paidRange, c.key()).json().get("totals");
        assertThat(totals).hasSize(1);
        JsonNode sar = totals.get(0);
        assertThat(sar.get("currency").asText()).isEqualTo("SAR");
        // Invoices: 1,000.00 + 1,000.00 + 200.00 deposit; one credit note of 50.00.
        assertThat(sar.get("invoiced").asLong()).isEqualTo(220_000);
        assertThat(sar.get("credited").asLong()).isEqualTo(5_000);
        assertThat(sar.get("gross").asLong()).isEqualTo(215_000);
        // VAT inside 15%-inclusive amounts: 13,043 + 13,043 + 2,609 (200.00 * 15 / 115) - 652 (50.00 * 15 / 115).
        assertThat(sar.get("vat").asLong()).isEqualTo(28_043);
        assertThat(sar.get("net").asLong()).isEqualTo(186_957);

        JsonNode byPractitioner = api().get("/reports/revenue?" + paidRange + "&groupBy=practitioner&period=month",
                c.key()).json().get("lines");
        Map<String, Long> gross = new HashMap<>();
        byPractitioner.forEach(l -> gross.merge(l.get("groupId").asText(), l.get("gross").asLong(), Long::sum));
        assertThat(gross).containsExactlyInAnyOrderEntriesOf(Map.of(c.physician(), 100_000L, c.nurse(), 115_000L));
        assertThat(byPractitioner.get(0).get("periodStart").asText()).endsWith("-01");

        JsonNode byTreatment = api().get("/reports/revenue?" + paidRange + "&groupBy=TREATMENT&locationId="
                + c.location(), c.key()).json().get("lines");
        assertThat(byTreatment).allSatisfy(l -> assertThat(l.get("groupId").asText()).isEqualTo("prp"));

        Reply csv = api().get("/reports/revenue.csv?" + paidRange, c.key());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElseThrow())
                .isEqualTo("periodStart,groupId,groupName,currency,invoiced,credited,gross,vat,net");
        assertThat(csv.body()).contains(",Branch,SAR,220000,5000,215000,28043,186957");
    }

    @Test
    void noShowsAndLateCancelsAreCountedWithTheirFees() {
        JsonNode lines = api().get("/reports/attendance?" + range, c.key()).json().get("lines");
        assertThat(lines).hasSize(1);
        JsonNode l = lines.get(0);
        assertThat(l.get("appointments").asLong()).isEqualTo(4);
        assertThat(l.get("noShows").asLong()).isEqualTo(1);
        assertThat(l.get("cancellations").asLong()).isEqualTo(1);
        assertThat(l.get("lateCancels").asLong()).as("cancelled 13 days ahead: free").isZero();
        assertThat(l.get("noShowRate").decimalValue()).isEqualByComparingTo("0.3333"); // 1 of 3 due
        assertThat(l.get("lateCancelRate").decimalValue()).isEqualByComparingTo("0");
        assertThat(l.get("feesCharged").asLong()).isEqualTo(20_000);
        assertThat(l.get("feesCollected").asLong()).isEqualTo(20_000);
        assertThat(api().get("/reports/attendance.csv?" + range, c.key()).body())
                .contains(",SAR,4,1,1,0,0.3333,0.0000,20000,20000");
    }

    @Test
    void newAndReturningPatientsAreCountedOnce() {
        JsonNode report = api().get("/reports/patients?" + range + "&locationId=" + c.location(), c.key()).json();
        assertThat(report.get("patientsSeen").asLong()).isEqualTo(2);
        assertThat(report.get("newPatients").asLong()).isEqualTo(1);
        assertThat(report.get("returningPatients").asLong()).isEqualTo(1);
        assertThat(report.get("coursesStarted").asLong()).isZero();
    }

    @Test
    void utilisationIsBookedAgainstOpenMinutes() {
        JsonNode lines = api().get("/reports/utilisation?" + range, c.key()).json().get("lines");
        Map<String, JsonNode> byId = new HashMap<>();
        lines.forEach(l -> byId.put(l.get("id").asText(), l));
        // Open 09:00 to 17:00 on each of 4 days: 1,920 minutes, for the room and each practitioner's shifts.
        assertThat(byId.get(c.room()).get("openMinutes").asLong()).isEqualTo(1_920);
        assertThat(byId.get(c.room()).get("bookedMinutes").asLong()).isEqualTo(physicianMinutes + nurseMinutes);
        assertThat(byId.get(c.physician()).get("openMinutes").asLong()).isEqualTo(1_920);
        assertThat(byId.get(c.physician()).get("bookedMinutes").asLong())
                .as("the cancellation does not count").isEqualTo(physicianMinutes);
        assertThat(byId.get(c.nurse()).get("bookedMinutes").asLong()).as("nor the no-show").isEqualTo(nurseMinutes);
        assertThat(byId.get(c.nurse()).get("rate").decimalValue())
                .isEqualByComparingTo(java.math.BigDecimal.valueOf(nurseMinutes)
                        .divide(java.math.BigDecimal.valueOf(1_920), 4, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void stockShowsExpiringUnitsAndTheShortfallUnderPar() {
        JsonNode line = api().get("/reports/stock?" + range, c.key()).json().get("lines").get(0);
        assertThat(quantity(line.get("expiringIn30Days"), "zz-serum")).isEqualTo(7);
        assertThat(quantity(line.get("expiringIn60Days"), "zz-serum")).isEqualTo(10);
        assertThat(quantity(line.get("expiringIn90Days"), "zz-serum")).isEqualTo(12);
        assertThat(quantity(line.get("belowPar"), "zz-serum")).as("par 120 against 112 on hand").isEqualTo(8);
        // The completed session at day 10 used one PRP kit.
        JsonNode used = api().get("/reports/stock?from=" + today.minusDays(1) + "&to=" + today.plusDays(1),
                c.key()).json().get("lines").get(0).get("consumed");
        assertThat(quantity(used, "prp-kit")).isEqualTo(1);
    }

    private static long quantity(JsonNode items, String sku) {
        for (JsonNode item : items) {
            if (item.get("sku").asText().equals(sku)) {
                return item.get("quantity").asLong();
            }
        }
        return 0;
    }

    @Test
    void reportsAreTheOwnersAndManagersOnlyWithinTheirTenantAndValidated() {
        Tenants.Staff desk = Tenants.staff(api(), c.tenant(), "FRONT_DESK");
        assertThat(api().get("/reports/revenue?" + range, desk.token()).status()).isEqualTo(403);
        Tenants.Staff manager = Tenants.staff(api(), c.tenant(), "MANAGER");
        assertThat(api().get("/reports/stock?" + range, manager.token()).status()).isEqualTo(200);

        Tenants.Tenant other = Tenants.signUp(api(), "Other");
        for (String report : new String[]{"revenue", "attendance", "patients", "utilisation", "stock"}) {
            Reply foreign = api().get("/reports/" + report + "?" + range + "&locationId=" + c.location(),
                    other.apiKey());
            assertThat(foreign.status()).as(report).isEqualTo(404);
        }
        assertThat(api().get("/reports/revenue?" + paidRange, other.apiKey()).json().get("totals")).isEmpty();

        for (String bad : new String[]{"from=2027-01-10&to=2027-01-09", "from=2027-01-01&to=2028-01-02",
            "to=2027-01-01", "from=yesterday&to=2027-01-01", range + "&period=YEAR", range + "&groupBy=ROOM"}) {
            Reply refused = api().get("/reports/revenue?" + bad, c.key());
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.text("code")).as(bad).isEqualTo("VALIDATION_FAILED");
        }
    }
}
