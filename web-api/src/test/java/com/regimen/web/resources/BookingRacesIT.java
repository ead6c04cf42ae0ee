package com.regimen.web.resources;

import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.BookingServer;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.Reply;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.regimen.web.testing.BookingServer.DB;
import static com.regimen.web.testing.BookingServer.SUNDAY_10AM;
import static com.regimen.web.testing.BookingServer.api;
import static com.regimen.web.testing.BookingServer.book;
import static com.regimen.web.testing.BookingServer.clinic;
import static com.regimen.web.testing.BookingServer.patient;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Racing requests: one slot, a scarce lot, and a reschedule against a cancel, with what was written counted.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BookingRacesIT {
    private static final DropwizardAppExtension<RegimenConfiguration> APP = BookingServer.APP;

    @Test
    void fiftyClientsRacingForOneSlotYieldExactlyOneBooking() throws Exception {
        Clinic c = clinic("Asia/Riyadh");
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            patients.add(api().post("/patients", c.key(), Map.of("name", "P" + i)).text("id"));
        }
        for (String p : patients) {
            api().put("/patients/" + p + "/intake", c.key(), Map.of("answers", Map.of("LIVER_DISEASE", false,
                    "BLOOD_DISORDER", false, "ANTICOAGULANTS", false, "MEDICATIONS", List.of())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (String p : patients) {
            replies.add(pool.submit(() -> {
                start.await();
                return book(c, p, "prp", SUNDAY_10AM, Map.of("practitionerId", c.physician()));
            }));
        }
        start.countDown();
        int created = 0;
        int taken = 0;
        for (Future<Reply> reply : replies) {
            Reply r = reply.get();
            if (r.status() == 201) {
                created++;
            } else if (r.status() == 409 && "SLOT_TAKEN".equals(r.text("code"))) {
                taken++;
            } else {
                throw new AssertionError("unexpected answer " + r);
            }
        }
        pool.shutdown();
        assertThat(created).isEqualTo(1);
        assertThat(taken).isEqualTo(49);
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", c.tenant().tenantId()))
                .isEqualTo(1);
        assertThat(DB.count("SELECT COUNT(*) FROM stock_reservations WHERE tenant_id = ?", c.tenant().tenantId()))
                .as("the losers hold no stock").isEqualTo(3);
    }

    @Test
    void racingBookingsNeverReserveMoreOfAScarceLotThanIsOnHand() throws Exception {
        Clinic c = clinic("Asia/Riyadh", 3); // three exosome vials; each session uses one
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            patients.add(patient(c, Map.of()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String patient = patients.get(i);
            // Different hours and practitioners: only the stock is contended.
            String at = "2027-01-1" + (i % 2 == 0 ? "0" : "1") + "T" + String.format("%02d", 6 + i / 2) + ":00:00Z";
            String practitioner = i % 2 == 0 ? c.physician() : c.nurse();
            replies.add(pool.submit(() -> {
                start.await();
                return book(c, patient, "exosome", at, Map.of("practitionerId", practitioner));
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<Reply> reply : replies) {
            Reply r = reply.get();
            if (r.status() == 201) {
                created++;
            } else {
                assertThat(r.text("code")).as(r.toString()).isEqualTo("OUT_OF_STOCK");
            }
        }
        pool.shutdown();
        assertThat(created).isEqualTo(3);
        assertThat(DB.count("SELECT reserved FROM stock_lots l JOIN inventory_items i ON i.tenant_id = l.tenant_id "
                + "AND i.id = l.item_id WHERE l.tenant_id = ? AND i.sku = 'exosome-vial'", c.tenant().tenantId()))
                .isEqualTo(3);
    }

    @Test
    void racingRescheduleAndCancelLeaveOneConsistentState() throws Exception {
        Clinic c = clinic("Asia/Riyadh");
        String patient = patient(c, Map.of());
        String id = book(c, patient, "prp", SUNDAY_10AM, Map.of()).text("id");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<Reply> cancel = pool.submit(() -> {
            start.await();
            return api().post("/appointments/" + id + "/cancel", c.key(), "{}");
        });
        Future<Reply> reschedule = pool.submit(() -> {
            start.await();
            return api().post("/appointments/" + id + "/reschedule", c.key(), Map.of("start", "2027-01-13T07:00:00Z"));
        });
        start.countDown();
        Reply cancelled = cancel.get();
        Reply moved = reschedule.get();
        pool.shutdown();
        assertThat(cancelled.status()).isEqualTo(200);
        String finalStatus = api().get("/appointments/" + id, c.key()).text("status");
        assertThat(finalStatus).isEqualTo("CANCELLED");
        assertThat(moved.status()).as(moved.toString()).isIn(200, 409);
        assertThat(DB.count("SELECT COUNT(*) FROM stock_reservations WHERE tenant_id = ? AND state = 'RESERVED'",
                c.tenant().tenantId())).as("a cancelled appointment holds nothing").isZero();
        assertThat(DB.count("SELECT COALESCE(SUM(reserved), 0) FROM stock_lots WHERE tenant_id = ?",
                c.tenant().tenantId())).isZero();
    }
}
