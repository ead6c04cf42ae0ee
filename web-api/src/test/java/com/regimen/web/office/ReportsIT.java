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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports against a small chain whose every figure is worked out by hand below: five
 * appointments in Riyadh (VAT 15%, prices include it), two paid in full, one deposit kept on a
 * no-show, one refunded in part, one cancelled in good time, one earlier visit that makes a patient
 * returning, lots expiring at known distances (some with a unit cost, one without), a costed lot of
 * PRP kits that the earliest sessions draw from, and two PRP courses begun later, one of them finished.
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
        // Ten kits at 40.00 each, expiring before the opening lot (2030): every session up to day 30 holds one of these.
        ok(api().post("/inventory/receipts", c.key(), Map.of("locationId", c.location(), "sku", "prp-kit",
                "lotNumber", "K-1", "expiresOn", today.plusDays(30).toString(), "quantity", 10, "unitCost", 4_000)));

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
        // {days to expiry, units, unit cost (-1: not known)}
        int[][] lots = {{20, 7, 1_500}, {50, 3, 2_000}, {80, 2, -1}, {200, 100, 1_000}};
        for (int[] lot : lots) {
            Map<String, Object> receipt = new HashMap<>(Map.of("locationId", c.location(), "sku", "zz-serum",
                    "lotNumber", "S-" + lot[0], "expiresOn", today.plusDays(lot[0]).toString(), "quantity", lot[1]));
            if (lot[2] >= 0) {
                receipt.put("unitCost", lot[2]);
            }
            ok(api().post("/inventory/receipts", c.key(), receipt));
        }
        ok(api().put("/inventory/items/" + item + "/par-level", c.key(), Map.of("locationId", c.location(),
                "parLevel", 120)));

        // Two PRP courses of two sessions 28 days apart, begun on days 20 and 21: the first is finished,
        // the second only half. Their first sessions hold kits of K-1, their second ones (days 48, 49) of the
        // opening lot, whose cost is not known.
        String p4 = Clinics.patient(api(), c, Map.of());
        JsonNode finished = course(p4, 20);
        JsonNode halfDone = course(p4, 21);
        for (JsonNode session : List.of(finished.get(0), finished.get(1), halfDone.get(0))) {
            ok(api().post("/appointments/" + session.get("id").asText() + "/check-in", c.key(), "{}"));
            ok(api().post("/appointments/" + session.get("id").asText() + "/complete", c.key(), "{}"));
        }

        range = "from=" + today.plusDays(10) + "&to=" + today.plusDays(13);
        // Money is dated on the day it was taken (today in Riyadh); the appointments are later.
        paidRange = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
    }

    private static JsonNode course(String patient, int days) {
        Reply course = api().post("/courses", c.key(), Map.of("patientId", patient, "treatmentId", "prp",
                "locationId", c.location(), "sessions", 2, "firstStart", at(days)));
        assertThat(course.status()).as(course.toString()).isEqualTo(201);
        return course.json().get("appointments");
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
    void aCourseCountsAsCompletedOnlyWhenEverySessionIs() {
        JsonNode report = api().get("/reports/patients?from=" + today.plusDays(20) + "&to=" + today.plusDays(21),
                c.key()).json();
        assertThat(report.get("coursesStarted").asLong()).isEqualTo(2);
        assertThat(report.get("coursesCompleted").asLong()).as("the second course has a session to go").isEqualTo(1);
        assertThat(report.get("courseCompletionRate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(report.get("patientsSeen").asLong()).isEqualTo(1);
        assertThat(api().get("/reports/patients?from=" + today.plusDays(22) + "&to=" + today.plusDays(49),
                c.key()).json().get("coursesStarted").asLong()).as("a course counts where it began").isZero();
        assertThat(api().get("/reports/patients.csv?from=" + today.plusDays(20) + "&to=" + today.plusDays(21),
                c.key()).body()).contains(",1,1,0,2,1,0.5");
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
        assertThat(line.get("currency").asText()).isEqualTo("SAR");
        assertThat(quantity(line.get("expiringIn30Days"), "zz-serum")).isEqualTo(7);
        assertThat(quantity(line.get("expiringIn60Days"), "zz-serum")).isEqualTo(10);
        assertThat(quantity(line.get("expiringIn90Days"), "zz-serum")).isEqualTo(12);
        assertThat(quantity(line.get("belowPar"), "zz-serum")).as("par 120 against 112 on hand").isEqualTo(8);
    }

    @Test
    void stockIsValuedAtEachLotsCostAndUnitsOfUnknownCostAreCountedApart() {
        JsonNode line = api().get("/reports/stock?" + range, c.key()).json().get("lines").get(0);
        // Serum: 7 x 15.00 within 30 days; + 3 x 20.00 within 60; + 2 of unknown cost within 90.
        assertThat(item(line.get("expiringIn30Days"), "zz-serum").get("cost").asLong()).isEqualTo(10_500);
        assertThat(item(line.get("expiringIn60Days"), "zz-serum").get("cost").asLong()).isEqualTo(16_500);
        JsonNode serumIn90 = item(line.get("expiringIn90Days"), "zz-serum");
        assertThat(serumIn90.get("cost").asLong()).isEqualTo(16_500);
        assertThat(serumIn90.get("uncostedQuantity").asLong()).isEqualTo(2);
        // K-1 (day 30) had 10 kits at 40.00; the sessions of days 10, 20 and 21 used three: 7 left, 280.00.
        JsonNode kitsIn30 = item(line.get("expiringIn30Days"), "prp-kit");
        assertThat(kitsIn30.get("quantity").asLong()).isEqualTo(7);
        assertThat(kitsIn30.get("cost").asLong()).isEqualTo(28_000);
        assertThat(line.get("valueExpiringIn30Days").get("amount").asLong()).isEqualTo(10_500 + 28_000);
        assertThat(line.get("valueExpiringIn30Days").get("uncostedQuantity").asLong()).isZero();
        assertThat(line.get("valueExpiringIn90Days").get("amount").asLong()).isEqualTo(16_500 + 28_000);
        assertThat(line.get("valueExpiringIn90Days").get("uncostedQuantity").asLong()).isEqualTo(2);

        // Used today: four sessions (day 10, both of the finished course, the first of the other). Three kits
        // came from K-1 (120.00), one from the opening lot of unknown cost; the needles' cost is not known.
        JsonNode used = api().get("/reports/stock?from=" + today.minusDays(1) + "&to=" + today.plusDays(1),
                c.key()).json().get("lines").get(0);
        JsonNode kits = item(used.get("consumed"), "prp-kit");
        assertThat(kits.get("quantity").asLong()).isEqualTo(4);
        assertThat(kits.get("cost").asLong()).isEqualTo(12_000);
        assertThat(kits.get("uncostedQuantity").asLong()).isEqualTo(1);
        JsonNode needles = item(used.get("consumed"), "needle-30g");
        assertThat(needles.get("quantity").asLong()).isEqualTo(8);
        assertThat(needles.get("cost").isNull()).as("unknown, not zero").isTrue();
        assertThat(needles.get("uncostedQuantity").asLong()).isEqualTo(8);
        // 1 kit + 4 blood-draw needles + 8 fine needles of unknown cost.
        assertThat(used.get("consumedCost").get("amount").asLong()).isEqualTo(12_000);
        assertThat(used.get("consumedCost").get("uncostedQuantity").asLong()).isEqualTo(13);

        String csv = api().get("/reports/stock.csv?" + range, c.key()).body();
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("locationId,locationName,currency,measure,sku,name,quantity,cost,uncostedQuantity");
        assertThat(csv).contains(",SAR,expiringIn90Days,zz-serum,Serum,12,16500,2")
                .contains(",SAR,belowPar,zz-serum,Serum,8,,");
        assertThat(api().get("/reports/stock.csv?from=" + today.minusDays(1) + "&to=" + today.plusDays(1),
                c.key()).body()).as("an unknown cost is an empty cell").contains(",consumed,needle-30g,needle-30g,8,,8");
    }

    @Test
    void aLotHasOneUnitCostAndKeepsItOnlyWithinItsCurrency() {
        Clinics.Clinic chain = Clinics.open(api(), "Asia/Riyadh", 5);
        Map<String, Object> receipt = new HashMap<>(Map.of("locationId", chain.location(), "sku", "needle-30g",
                "lotNumber", "N-1", "expiresOn", today.plusDays(60).toString(), "quantity", 10));
        Reply unknown = api().post("/inventory/receipts", chain.key(), receipt);
        assertThat(unknown.status()).isEqualTo(201);
        assertThat(unknown.json().get("unitCost").isNull()).isTrue();
        String lot = unknown.text("id");

        receipt.put("unitCost", -1);
        Reply negative = api().post("/inventory/receipts", chain.key(), receipt);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.text("code")).isEqualTo("VALIDATION_FAILED");
        receipt.put("unitCost", 1_000_000_001L);
        assertThat(api().post("/inventory/receipts", chain.key(), receipt).status()).isEqualTo(400);

        receipt.put("unitCost", 250);
        Reply costed = api().post("/inventory/receipts", chain.key(), receipt);
        assertThat(costed.status()).as("a later receipt gives the lot its cost").isEqualTo(201);
        assertThat(costed.json().get("unitCost").asLong()).isEqualTo(250);
        assertThat(costed.json().get("onHand").asInt()).isEqualTo(20);
        receipt.put("unitCost", 300);
        Reply other = api().post("/inventory/receipts", chain.key(), receipt);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.text("code")).isEqualTo("LOT_COST_MISMATCH");
        assertThat(api().get("/inventory/lots/" + lot, chain.key()).json().get("onHand").asInt())
                .as("nothing of the refused receipt was written").isEqualTo(20);
        receipt.remove("unitCost");
        assertThat(api().post("/inventory/receipts", chain.key(), receipt).json().get("unitCost").asLong())
                .as("a receipt that does not know the cost keeps the lot's").isEqualTo(250);

        Map<String, Object> hours = Map.of("SUN", List.of(List.of("09:00", "17:00")));
        String riyadh2 = api().post("/locations", chain.key(), Map.of("name", "Second", "timezone", "Asia/Riyadh",
                "openingHours", hours)).text("id");
        String dubai = api().post("/locations", chain.key(), Map.of("name", "Dubai", "timezone", "Asia/Dubai",
                "currency", "AED", "openingHours", hours)).text("id");
        Reply same = api().post("/inventory/transfers", chain.key(), Map.of("lotId", lot, "toLocationId", riyadh2,
                "quantity", 5));
        assertThat(same.status()).as(same.toString()).isEqualTo(201);
        assertThat(same.json().get("to").get("unitCost").asLong()).isEqualTo(250);
        Reply abroad = api().post("/inventory/transfers", chain.key(), Map.of("lotId", lot, "toLocationId", dubai,
                "quantity", 5));
        assertThat(abroad.status()).as(abroad.toString()).isEqualTo(201);
        assertThat(abroad.json().get("to").get("unitCost").isNull()).as("riyals are not dirhams").isTrue();
        JsonNode dubaiLine = api().get("/reports/stock?" + range + "&locationId=" + dubai, chain.key()).json()
                .get("lines").get(0);
        assertThat(dubaiLine.get("currency").asText()).isEqualTo("AED");
        assertThat(dubaiLine.get("valueExpiringIn90Days").get("amount").isNull()).as("no unit has a cost").isTrue();
        assertThat(dubaiLine.get("valueExpiringIn90Days").get("uncostedQuantity").asLong()).isEqualTo(5);
        assertThat(dubaiLine.get("valueExpiringIn30Days").get("amount").asLong()).as("nothing to value").isZero();
        JsonNode second = api().get("/reports/stock?" + range + "&locationId=" + riyadh2, chain.key()).json()
                .get("lines").get(0);
        assertThat(second.get("valueExpiringIn90Days").get("amount").asLong()).isEqualTo(5 * 250);
    }

    private static JsonNode item(JsonNode items, String sku) {
        for (JsonNode item : items) {
            if (item.get("sku").asText().equals(sku)) {
                return item;
            }
        }
        return null;
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
