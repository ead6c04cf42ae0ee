package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DropwizardExtensionsSupport.class)
class InventoryIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    private record Clinic(Tenants.Tenant tenant, String riyadh, String jeddah) {
        String key() {
            return tenant.apiKey();
        }
    }

    private Clinic clinic() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        String riyadh = api().post("/locations", tenant.apiKey(), SchedulingIT.riyadh()).text("id");
        var jeddahForm = SchedulingIT.riyadh();
        jeddahForm.put("name", "Jeddah");
        String jeddah = api().post("/locations", tenant.apiKey(), jeddahForm).text("id");
        assertThat(api().post("/inventory/items", tenant.apiKey(), Map.of("sku", "exosome-vial",
                "name", "Exosome vial 5ml", "unit", "vial")).status()).isEqualTo(201);
        return new Clinic(tenant, riyadh, jeddah);
    }

    /** Today in the server's clock, in Riyadh. */
    private static LocalDate today() {
        return LocalDate.now(TestRegimenApplication.CLOCK.withZone(ZoneId.of("Asia/Riyadh")));
    }

    private Reply receive(Clinic c, String location, String lot, LocalDate expires, int quantity) {
        return api().post("/inventory/receipts", c.key(), Map.of("locationId", location, "sku", "exosome-vial",
                "lotNumber", lot, "expiresOn", expires.toString(), "quantity", quantity));
    }

    @Test
    void receiptsCreateLotsAndTheStockViewAddsThemUp() {
        Clinic c = clinic();
        Reply first = receive(c, c.riyadh(), "EXO-001", today().plusDays(300), 10);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("onHand").asInt()).isEqualTo(10);
        assertThat(receive(c, c.riyadh(), "EXO-001", today().plusDays(300), 5).json().get("onHand").asInt())
                .as("the same lot again adds to it").isEqualTo(15);
        Reply mismatch = receive(c, c.riyadh(), "EXO-001", today().plusDays(200), 5);
        assertThat(mismatch.status()).isEqualTo(409);
        assertThat(mismatch.text("code")).isEqualTo("LOT_EXPIRY_MISMATCH");
        receive(c, c.riyadh(), "EXO-002", today().plusDays(30), 4);

        JsonNode stock = api().get("/inventory/stock?locationId=" + c.riyadh(), c.key()).json().get("data");
        assertThat(stock).hasSize(1);
        assertThat(stock.get(0).get("sku").asText()).isEqualTo("exosome-vial");
        assertThat(stock.get(0).get("onHand").asInt()).isEqualTo(19);
        assertThat(stock.get(0).get("available").asInt()).isEqualTo(19);
        assertThat(stock.get(0).get("lots").get(0).get("lotNumber").asText()).as("soonest expiry first")
                .isEqualTo("EXO-002");
        assertThat(DB.count("SELECT COUNT(*) FROM stock_movements WHERE tenant_id = ? AND kind = 'RECEIPT'",
                c.tenant().tenantId())).isEqualTo(3);
    }

    @Test
    void badReceiptsAreRefused() {
        Clinic c = clinic();
        Reply expired = receive(c, c.riyadh(), "OLD", today().minusDays(1), 1);
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.json().get("errors").get(0).get("field").asText()).isEqualTo("expiresOn");
        Reply unknownSku = api().post("/inventory/receipts", c.key(), Map.of("locationId", c.riyadh(),
                "sku", "botox", "lotNumber", "B1", "expiresOn", "2031-01-01", "quantity", 1));
        assertThat(unknownSku.json().get("errors").get(0).get("field").asText()).isEqualTo("sku");
        assertThat(receive(c, c.riyadh(), "ZERO", today().plusDays(9), 0).status()).isEqualTo(400);
        assertThat(api().post("/inventory/items", c.key(), Map.of("sku", "exosome-vial", "name", "Again",
                "unit", "vial")).text("code")).isEqualTo("SKU_TAKEN");
        assertThat(DB.count("SELECT COUNT(*) FROM stock_lots WHERE tenant_id = ?", c.tenant().tenantId())).isZero();
    }

    @Test
    void adjustmentsAndTransfersKeepTheLedgerSummingToOnHand() {
        Clinic c = clinic();
        String lot = receive(c, c.riyadh(), "EXO-9", today().plusDays(300), 10).text("id");

        Reply waste = api().post("/inventory/adjustments", c.key(), Map.of("lotId", lot, "delta", -2,
                "reason", "Vials cracked in delivery"));
        assertThat(waste.status()).isEqualTo(201);
        assertThat(waste.json().get("onHand").asInt()).isEqualTo(8);
        assertThat(api().post("/inventory/adjustments", c.key(), Map.of("lotId", lot, "delta", -9,
                "reason", "count")).text("code")).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(api().hostile().post("/inventory/adjustments", c.key(), Map.of("lotId", lot, "delta", -1))
                .status())
                .as("a reason is required").isEqualTo(400);

        Reply moved = api().post("/inventory/transfers", c.key(), Map.of("lotId", lot, "toLocationId", c.jeddah(),
                "quantity", 3));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        assertThat(moved.json().get("from").get("onHand").asInt()).isEqualTo(5);
        assertThat(moved.json().get("to").get("onHand").asInt()).isEqualTo(3);
        assertThat(moved.json().get("to").get("lotNumber").asText()).isEqualTo("EXO-9");
        assertThat(api().post("/inventory/transfers", c.key(), Map.of("lotId", lot, "toLocationId", c.riyadh(),
                "quantity", 1)).status()).as("not to itself").isEqualTo(400);

        JsonNode movements = api().get("/inventory/lots/" + lot + "/movements", c.key()).json().get("data");
        assertThat(movements).hasSize(3);
        assertThat(movements.get(2).get("kind").asText()).isEqualTo("TRANSFER_OUT");
        Reply check = api().get("/inventory/ledger-check", c.key());
        assertThat(check.json().get("consistent").asBoolean()).isTrue();
        assertThat(DB.count("SELECT SUM(delta) FROM stock_movements WHERE tenant_id = ? AND lot_id = ?",
                c.tenant().tenantId(), lot)).isEqualTo(5);
    }

    @Test
    void reportsShowBelowParAndSoonExpiringLotsAndExpiredLotsAreNeverAvailable() {
        Clinic c = clinic();
        String itemId = api().get("/inventory/items", c.key()).json().get("data").get(0).get("id").asText();
        assertThat(api().put("/inventory/items/" + itemId + "/par-level", c.key(), Map.of("locationId", c.riyadh(),
                "parLevel", 20)).status()).isEqualTo(204);
        receive(c, c.riyadh(), "SHORT", today().plusDays(5), 6);
        receive(c, c.riyadh(), "LONG", today().plusDays(400), 10);

        JsonNode belowPar = api().get("/inventory/reports/below-par?locationId=" + c.riyadh(), c.key()).json()
                .get("data");
        assertThat(belowPar).hasSize(1);
        assertThat(belowPar.get(0).get("available").asInt()).isEqualTo(16);
        JsonNode expiring = api().get("/inventory/reports/expiring?days=7", c.key()).json().get("data");
        assertThat(expiring).hasSize(1);
        assertThat(expiring.get(0).get("lotNumber").asText()).isEqualTo("SHORT");

        TestRegimenApplication.CLOCK.advance(Duration.ofDays(7));

        JsonNode stock = api().get("/inventory/stock?locationId=" + c.riyadh(), c.key()).json().get("data").get(0);
        assertThat(stock.get("onHand").asInt()).isEqualTo(16);
        assertThat(stock.get("available").asInt()).as("the expired lot is on the shelf but not available")
                .isEqualTo(10);
        assertThat(stock.get("lots").get(0).get("expired").asBoolean()).isTrue();
    }

    @Test
    void anotherTenantsLotsAndLocationsAre404() {
        Clinic a = clinic();
        Clinic b = clinic();
        String lot = receive(a, a.riyadh(), "PRIVATE", today().plusDays(300), 5).text("id");

        for (String path : List.of("/inventory/lots/" + lot, "/inventory/lots/" + lot + "/movements",
                "/inventory/lots/" + lot + "/recipients", "/inventory/stock?locationId=" + a.riyadh(),
                "/inventory/reports/below-par?locationId=" + a.riyadh(),
                "/inventory/reports/expiring?locationId=" + a.riyadh())) {
            assertThat(api().get(path, b.key()).status()).as(path).isEqualTo(404);
        }
        assertThat(api().post("/inventory/adjustments", b.key(), Map.of("lotId", lot, "delta", -5,
                "reason", "theft")).status()).isEqualTo(404);
        assertThat(api().post("/inventory/transfers", b.key(), Map.of("lotId", lot, "toLocationId", b.riyadh(),
                "quantity", 5)).status()).isEqualTo(404);
        assertThat(api().post("/inventory/receipts", b.key(), Map.of("locationId", a.riyadh(), "sku", "exosome-vial",
                "lotNumber", "X", "expiresOn", "2031-01-01", "quantity", 1)).status()).isEqualTo(404);
        assertThat(api().get("/inventory/lots/" + lot, a.key()).json().get("onHand").asInt()).isEqualTo(5);
        assertThat(api().get("/inventory/lots/" + lot + "/recipients", a.key()).json().get("data")).isEmpty();
    }
}
