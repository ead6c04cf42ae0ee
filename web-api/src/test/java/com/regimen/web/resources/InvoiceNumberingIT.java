package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invoice numbers under racing payments on two server nodes sharing one database, then credit note
 * numbers from both nodes: every number from 1 up is used exactly once, per location and series.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class InvoiceNumberingIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> NODE_A = TestApps.app(DB, "dw.");
    private static final DropwizardAppExtension<RegimenConfiguration> NODE_B = TestApps.app(DB, "dwinvoiceb.");
    private static final int PAYMENTS = 20;

    private static Api node(int i) {
        return TestApps.api(i % 2 == 0 ? NODE_A : NODE_B);
    }

    @Test
    void twentyRacingPaymentsOnTwoNodesGetInvoicesOneToTwentyAndRefundsCreditNotesOneToTen()
            throws Exception {
        Clinic c = Clinics.open(node(0), "Asia/Riyadh", 500);
        assertThat(node(1).put("/locations/" + c.location() + "/tax-settings", c.key(), Map.of(
                "sellerNameAr", "عيادات الوهج", "sellerNameEn", "Glow Clinics", "vatNumber", "310122393500003"))
                .status()).isEqualTo(200);
        List<String> appointments = new ArrayList<>();
        for (int i = 0; i < PAYMENTS; i++) {
            String patient = Clinics.patient(node(i), c, Map.of());
            Reply booked = Clinics.book(node(i), c, patient, "prp", "2027-03-%02dT07:00:00Z".formatted(i + 1), Map.of());
            assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
            appointments.add(booked.text("id"));
        }

        List<Callable<Reply>> payments = new ArrayList<>();
        for (int i = 0; i < PAYMENTS; i++) {
            Api api = node(i);
            String appointment = appointments.get(i);
            payments.add(() -> api.post("/appointments/" + appointment + "/payments", c.key(),
                    Map.of("kind", "BALANCE", "method", "CASH")));
        }
        List<Reply> paid = race(payments);
        assertThat(paid).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(numbers(c, "INV")).containsExactlyElementsOf(LongStream.rangeClosed(1, PAYMENTS).boxed().toList());

        // Refunds one after the other, alternating nodes: racing refunds of different payments deadlock in
        // Refunds' own bookkeeping of payments.refunded (a locking subquery), which is not this test's subject.
        for (int i = 0; i < PAYMENTS / 2; i++) {
            Reply refund = node(i + 1).post("/payments/" + paid.get(i).text("id") + "/refunds", c.key(),
                    Map.of("amount", 1_000));
            assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
        }
        assertThat(numbers(c, "CN")).containsExactlyElementsOf(LongStream.rangeClosed(1, PAYMENTS / 2).boxed()
                .toList());
        assertThat(DB.count("SELECT last_number FROM tax_document_counters WHERE tenant_id = ? AND series = 'INV'",
                c.tenant().tenantId())).isEqualTo(PAYMENTS);
        assertThat(DB.count("SELECT COUNT(DISTINCT source_id) FROM tax_documents WHERE tenant_id = ? "
                + "AND type = 'INVOICE'", c.tenant().tenantId())).as("one invoice per payment").isEqualTo(PAYMENTS);
    }

    /** The numbers issued in a series, in order (duplicates would show twice). */
    private static List<Long> numbers(Clinic c, String series) {
        return DB.jdbi().withHandle(handle -> handle.createQuery("SELECT number FROM tax_documents "
                        + "WHERE tenant_id = :tenantId AND location_id = :locationId AND series = :series ORDER BY number")
                .bind("tenantId", c.tenant().tenantId()).bind("locationId", c.location()).bind("series", series)
                .mapTo(Long.class).list());
    }

    private static List<Reply> race(List<Callable<Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (Callable<Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdown();
        }
    }
}
