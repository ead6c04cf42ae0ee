package com.regimen.core.inventory;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.ids.Ids;
import com.regimen.core.scheduling.LocationForm;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.Role;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.tenancy.Tenant;
import com.regimen.core.tenancy.TenantDao;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.plugin.spi.ConsumableUse;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reservation service the booking engine calls, on real MariaDB, including a race for a scarce lot. */
class StockReservationsIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final Jdbi JDBI = DB.jdbi();
    private static final Clock CLOCK = Clock.systemUTC();
    private static final AuditTrail AUDIT = new AuditTrail(JDBI, CLOCK);
    private static final StockLedger LEDGER = new StockLedger(JDBI, CLOCK, AUDIT);
    private static final InventoryItems ITEMS = new InventoryItems(JDBI, CLOCK, AUDIT);
    private static final StockLevels LEVELS = new StockLevels(JDBI, CLOCK);

    private StaffIdentity staff;
    private String location;

    @BeforeAll
    static void migrated() {
        assertThat(DB.count("SELECT COUNT(*) FROM stock_lots")).isZero();
    }

    @BeforeEach
    void tenantWithALocation() {
        String tenantId = Ids.newId();
        JDBI.useExtension(TenantDao.class, dao -> dao.insert(new Tenant(tenantId, "T", "SAR", "ar", Instant.now())));
        staff = new StaffIdentity(tenantId, ActorType.USER, Ids.newId(), Role.MANAGER, null);
        location = new Locations(JDBI, CLOCK, AUDIT).create(staff, new LocationForm("Riyadh", "Asia/Riyadh", null,
                Map.of("SUN", List.of(List.of("09:00", "17:00"))), List.of(), List.of(), null)).id();
        ITEMS.create(staff, "exosome-vial", "Exosome vial", "vial");
    }

    private String receive(String lotNumber, LocalDate expiresOn, int quantity) {
        return LEDGER.receive(staff, location, "exosome-vial", lotNumber, expiresOn, quantity).id();
    }

    private List<ReservedConsumable> reserve(String appointmentId, LocalDate day, int quantity) {
        return JDBI.inTransaction(h -> StockReservations.reserve(h, staff.tenantId(), location, appointmentId, day,
                List.of(new ConsumableUse("exosome-vial", quantity)), Instant.now()));
    }

    @Test
    void allocatesFirstExpiryFirstOutAcrossLots() {
        LocalDate today = LocalDate.now(CLOCK);
        String later = receive("L-LATER", today.plusDays(90), 5);
        String soonest = receive("L-SOON", today.plusDays(20), 1);
        String middle = receive("L-MID", today.plusDays(40), 2);

        List<ReservedConsumable> held = reserve(Ids.newId(), today.plusDays(1), 4);

        assertThat(held).containsExactly(new ReservedConsumable(soonest, "exosome-vial", 1),
                new ReservedConsumable(middle, "exosome-vial", 2), new ReservedConsumable(later, "exosome-vial", 1));
        assertThat(DB.count("SELECT reserved FROM stock_lots WHERE tenant_id = ? AND id = ?", staff.tenantId(), later))
                .isEqualTo(1);
    }

    @Test
    void neverUsesALotThatExpiresBeforeTheAppointmentsDay() {
        LocalDate today = LocalDate.now(CLOCK);
        receive("L-SHORT", today.plusDays(10), 50);
        receive("L-LONG", today.plusDays(100), 2);

        assertThat(reserve(Ids.newId(), today.plusDays(10), 1)).extracting(ReservedConsumable::quantity)
                .containsExactly(1); // usable on its expiry day
        assertThatThrownBy(() -> reserve(Ids.newId(), today.plusDays(11), 3))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("OUT_OF_STOCK");
                    assertThat(e.extensions()).containsEntry("available", 2);
                });
        assertThat(DB.count("SELECT COALESCE(SUM(reserved), 0) FROM stock_lots WHERE tenant_id = ?", staff.tenantId()))
                .as("the failed reservation held nothing").isEqualTo(1);
    }

    @Test
    void releaseGivesBackAndConsumeWritesTraceableLedgerRows() {
        LocalDate today = LocalDate.now(CLOCK);
        String lot = receive("L-1", today.plusDays(30), 3);
        String cancelled = Ids.newId();
        String completed = Ids.newId();
        String patient = Ids.newId();
        reserve(cancelled, today, 2);
        reserve(completed, today, 1);

        JDBI.useTransaction(h -> StockReservations.release(h, staff.tenantId(), cancelled));
        JDBI.useTransaction(h -> StockReservations.consume(h, staff.tenantId(), completed, patient, staff.actorId(),
                Instant.now()));
        JDBI.useTransaction(h -> StockReservations.consume(h, staff.tenantId(), completed, patient, staff.actorId(),
                Instant.now())); // twice changes nothing

        StockLevels.ItemLevel level = LEVELS.atLocation(staff, location).get(0);
        assertThat(level.onHand()).isEqualTo(2);
        assertThat(level.reserved()).isZero();
        assertThat(level.available()).isEqualTo(2);
        assertThat(LEVELS.recipients(staff, lot)).singleElement().satisfies(r -> {
            assertThat(r.patientId()).isEqualTo(patient);
            assertThat(r.appointmentId()).isEqualTo(completed);
            assertThat(r.quantity()).isEqualTo(1);
        });
        assertThat(LEDGER.ledgerMismatches(staff)).isEmpty();
        assertThat(LEDGER.movements(staff, lot)).extracting(StockMovement::kind)
                .containsExactly(MovementKind.RECEIPT, MovementKind.CONSUMPTION);
    }

    @Test
    void racingReservationsNeverTakeMoreThanOnHand() throws Exception {
        LocalDate today = LocalDate.now(CLOCK);
        receive("L-SCARCE", today.plusDays(30), 5);
        int threads = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<Boolean> attempt = () -> {
                start.await();
                try {
                    reserve(Ids.newId(), today, 1);
                    return true;
                } catch (DomainException e) {
                    assertThat(e.code()).isEqualTo("OUT_OF_STOCK");
                    return false;
                }
            };
            results.add(pool.submit(attempt));
        }
        start.countDown();
        int reserved = 0;
        for (Future<Boolean> result : results) {
            reserved += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(reserved).isEqualTo(5);
        assertThat(DB.count("SELECT reserved FROM stock_lots WHERE tenant_id = ?", staff.tenantId())).isEqualTo(5);
        assertThat(DB.count("SELECT COUNT(*) FROM stock_reservations WHERE tenant_id = ? AND state = 'RESERVED'",
                staff.tenantId())).isEqualTo(5);
    }

    @Test
    void adjustmentsCannotTakeHeldStock() {
        LocalDate today = LocalDate.now(CLOCK);
        String lot = receive("L-ADJ", today.plusDays(30), 4);
        reserve(Ids.newId(), today, 3);
        assertThatThrownBy(() -> LEDGER.adjust(staff, lot, -2, "broken vial"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INSUFFICIENT_STOCK"));
        assertThat(LEDGER.adjust(staff, lot, -1, "broken vial").onHand()).isEqualTo(3);
        assertThat(LEDGER.ledgerMismatches(staff)).isEmpty();
    }
}
