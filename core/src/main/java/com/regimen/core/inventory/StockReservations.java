package com.regimen.core.inventory;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import com.regimen.plugin.spi.ConsumableUse;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Holds, releases and uses up consumables for appointments. Every method runs in the caller's
 * transaction (the booking's), so an appointment and its stock commit or roll back together.
 * Lots are locked first-expiry-first-out and skus in a fixed order, so concurrent bookings queue
 * on the same rows in the same order rather than deadlock, and none can take more than on hand.
 */
public final class StockReservations {

    private StockReservations() {
    }

    /**
     * Holds {@code uses} for an appointment on {@code serviceDate}, from lots at the location that
     * do not expire before that day.
     *
     * @throws DomainException 409 OUT_OF_STOCK when any sku falls short (nothing is held then:
     *                         the caller's transaction rolls back)
     */
    public static List<ReservedConsumable> reserve(Handle handle, String tenantId, String locationId,
                                                   String appointmentId, LocalDate serviceDate,
                                                   List<ConsumableUse> uses, Instant now) {
        List<ReservedConsumable> held = new ArrayList<>();
        List<ConsumableUse> ordered = uses.stream().sorted(Comparator.comparing(ConsumableUse::sku)).toList();
        StockLotDao lots = handle.attach(StockLotDao.class);
        StockReservationDao reservations = handle.attach(StockReservationDao.class);
        for (ConsumableUse use : ordered) {
            InventoryItem item = handle.attach(InventoryItemDao.class).findBySku(tenantId, use.sku())
                    .orElseThrow(() -> outOfStock(use.sku(), 0, use.quantity()));
            int remaining = use.quantity();
            int available = 0;
            for (StockLot lot : lots.lockUsable(tenantId, locationId, item.id(), serviceDate)) {
                available += lot.free();
                int take = Math.min(remaining, lot.free());
                if (take > 0) {
                    lots.change(tenantId, lot.id(), 0, take);
                    reservations.insert(tenantId, Ids.newId(), appointmentId, lot.id(), take, now);
                    held.add(new ReservedConsumable(lot.id(), use.sku(), take));
                    remaining -= take;
                }
                if (remaining == 0) {
                    break;
                }
            }
            if (remaining > 0) {
                throw outOfStock(use.sku(), available, use.quantity());
            }
        }
        return held;
    }

    /** Gives back what an appointment holds (cancellation, or before re-reserving on a reschedule). */
    public static void release(Handle handle, String tenantId, String appointmentId) {
        StockLotDao lots = handle.attach(StockLotDao.class);
        StockReservationDao reservations = handle.attach(StockReservationDao.class);
        for (StockReservationDao.Held held : reservations.held(tenantId, appointmentId)) {
            lots.lock(tenantId, held.lotId());
            if (reservations.settle(tenantId, held.id(), "RELEASED") == 1) {
                lots.change(tenantId, held.lotId(), 0, -held.quantity());
            }
        }
    }

    /**
     * Uses up what an appointment holds: ledger rows naming the appointment, patient and lot, so a
     * recall finds who received each lot.
     */
    public static List<ReservedConsumable> consume(Handle handle, String tenantId, String appointmentId,
                                                   String patientId, String actorId, Instant now) {
        StockLotDao lots = handle.attach(StockLotDao.class);
        StockReservationDao reservations = handle.attach(StockReservationDao.class);
        List<ReservedConsumable> used = new ArrayList<>();
        for (StockReservationDao.Held held : reservations.held(tenantId, appointmentId)) {
            lots.lock(tenantId, held.lotId());
            if (reservations.settle(tenantId, held.id(), "CONSUMED") == 1) {
                handle.attach(StockMovementDao.class).insert(tenantId, new StockMovement(Ids.newId(), held.lotId(),
                        MovementKind.CONSUMPTION, -held.quantity(), null, appointmentId, patientId, null, actorId, now));
                lots.change(tenantId, held.lotId(), -held.quantity(), -held.quantity());
                used.add(new ReservedConsumable(held.lotId(), held.sku(), held.quantity()));
            }
        }
        return used;
    }

    /** What an appointment holds now. */
    public static List<ReservedConsumable> heldFor(Handle handle, String tenantId, String appointmentId) {
        return handle.attach(StockReservationDao.class).held(tenantId, appointmentId).stream()
                .map(h -> new ReservedConsumable(h.lotId(), h.sku(), h.quantity())).toList();
    }

    /** What a completed appointment used up. */
    public static List<ReservedConsumable> consumedBy(Handle handle, String tenantId, String appointmentId) {
        return handle.attach(StockReservationDao.class).consumed(tenantId, appointmentId).stream()
                .map(h -> new ReservedConsumable(h.lotId(), h.sku(), h.quantity())).toList();
    }

    private static DomainException outOfStock(String sku, int available, int needed) {
        return new DomainException(ErrorKind.CONFLICT, "OUT_OF_STOCK", "Not enough unexpired " + sku
                + " at this location: " + needed + " needed, " + available + " available.", List.of(),
                Map.of("sku", sku, "needed", needed, "available", available));
    }
}
