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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Holds, releases and uses up consumables for appointments. Every method runs in the caller's
 * transaction (the booking's), so an appointment and its stock commit or roll back together.
 * Every method locks all the lots it will touch first, in one statement and in lot-id order (the
 * one order for lots everywhere: docs/architecture.md, "Lock order"), then reads them again and
 * decides: so concurrent bookings, cancellations and reschedules queue on the same rows in the
 * same order rather than deadlock, and none can take more than on hand. Holding in
 * first-expiry-first-out order is a choice made after locking, not a locking order.
 */
public final class StockReservations {
    private static final Comparator<StockLot> FIRST_EXPIRY_FIRST_OUT = Comparator.comparing(StockLot::expiresOn)
            .thenComparing(StockLot::id);

    private StockReservations() {
    }

    /**
     * Holds {@code uses} for an appointment on {@code serviceDate}, from lots at the location that
     * do not expire before that day, in place of whatever the appointment held before (a
     * reschedule gives back and takes again under the same locks).
     *
     * @throws DomainException 409 OUT_OF_STOCK when any sku falls short (nothing is held then:
     *                         the caller's transaction rolls back)
     */
    public static List<ReservedConsumable> reserve(Handle handle, String tenantId, String locationId,
                                                   String appointmentId, LocalDate serviceDate,
                                                   List<ConsumableUse> uses, Instant now) {
        List<StockReservationDao.Held> before = handle.attach(StockReservationDao.class).held(tenantId, appointmentId);
        return hold(handle, tenantId, locationId, appointmentId, before, serviceDate, uses, now);
    }

    /**
     * As {@link #reserve}, for an appointment being booked in this transaction: it holds nothing
     * yet, so there is nothing to read and give back.
     */
    public static List<ReservedConsumable> reserveForNew(Handle handle, String tenantId, String locationId,
                                                         String appointmentId, LocalDate serviceDate,
                                                         List<ConsumableUse> uses, Instant now) {
        return hold(handle, tenantId, locationId, appointmentId, List.of(), serviceDate, uses, now);
    }

    private static List<ReservedConsumable> hold(Handle handle, String tenantId, String locationId,
                                                 String appointmentId, List<StockReservationDao.Held> before,
                                                 LocalDate serviceDate, List<ConsumableUse> uses, Instant now) {
        List<ConsumableUse> ordered = uses.stream().sorted(Comparator.comparing(ConsumableUse::sku)).toList();
        StockLotDao lots = handle.attach(StockLotDao.class);
        StockReservationDao reservations = handle.attach(StockReservationDao.class);
        // Matched exactly here, where the database matched case-insensitively: both sides are lower-case
        // ASCII (InventoryItems and the plugin contract check it), so the two agree.
        Map<String, InventoryItem> stocked = ordered.isEmpty() ? Map.of()
                : handle.attach(InventoryItemDao.class).findBySkus(tenantId,
                        ordered.stream().map(ConsumableUse::sku).collect(Collectors.toCollection(TreeSet::new)))
                .stream().collect(Collectors.toMap(InventoryItem::sku, item -> item));
        Map<String, InventoryItem> items = new LinkedHashMap<>();
        for (ConsumableUse use : ordered) {
            InventoryItem item = stocked.get(use.sku());
            if (item == null) {
                throw outOfStock(use.sku(), 0, use.quantity());
            }
            items.put(use.sku(), item);
        }
        Set<String> toLock = new TreeSet<>();
        before.forEach(held -> toLock.add(held.lotId()));
        if (!items.isEmpty()) {
            toLock.addAll(lots.usableIds(tenantId, locationId, items.values().stream().map(InventoryItem::id).toList(),
                    serviceDate));
        }
        if (toLock.isEmpty()) {
            ordered.stream().filter(use -> use.quantity() > 0).findFirst().ifPresent(use -> {
                throw outOfStock(use.sku(), 0, use.quantity());
            });
            return List.of();
        }
        // Nothing is read back from the lock: findAll below reads the locked lots.
        lots.writeLockInOrder(tenantId, toLock);
        settle(handle, tenantId, appointmentId, before, "RELEASED", null, null, now);

        List<StockLot> locked = lots.findAll(tenantId, toLock);
        List<ReservedConsumable> held = new ArrayList<>();
        List<StockReservationDao.NewHold> rows = new ArrayList<>();
        for (ConsumableUse use : ordered) {
            String itemId = items.get(use.sku()).id();
            int remaining = use.quantity();
            int available = 0;
            for (StockLot lot : locked.stream().filter(l -> l.itemId().equals(itemId))
                    .filter(l -> l.locationId().equals(locationId)).filter(l -> !l.expiresOn().isBefore(serviceDate))
                    .sorted(FIRST_EXPIRY_FIRST_OUT).toList()) {
                int free = lot.free() - taken(held, lot.id());
                available += Math.max(free, 0);
                int take = Math.min(remaining, Math.max(free, 0));
                if (take > 0) {
                    lots.change(tenantId, lot.id(), 0, take);
                    rows.add(new StockReservationDao.NewHold(Ids.newId(), lot.id(), take));
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
        if (!rows.isEmpty()) {
            reservations.insert(tenantId, appointmentId, rows, now);
        }
        return held;
    }

    /** Gives back what an appointment holds (cancellation, no-show). */
    public static void release(Handle handle, String tenantId, String appointmentId) {
        List<StockReservationDao.Held> held = handle.attach(StockReservationDao.class).held(tenantId, appointmentId);
        lockLots(handle, tenantId, held);
        settle(handle, tenantId, appointmentId, held, "RELEASED", null, null, null);
    }

    /**
     * Uses up what an appointment holds: ledger rows naming the appointment, patient and lot, so a
     * recall finds who received each lot.
     */
    public static List<ReservedConsumable> consume(Handle handle, String tenantId, String appointmentId,
                                                   String patientId, String actorId, Instant now) {
        List<StockReservationDao.Held> held = handle.attach(StockReservationDao.class).held(tenantId, appointmentId);
        lockLots(handle, tenantId, held);
        return settle(handle, tenantId, appointmentId, held, "CONSUMED", patientId, actorId, now);
    }

    private static void lockLots(Handle handle, String tenantId, List<StockReservationDao.Held> held) {
        if (!held.isEmpty()) {
            handle.attach(StockLotDao.class).writeLockInOrder(tenantId,
                    new TreeSet<>(held.stream().map(StockReservationDao.Held::lotId).toList()));
        }
    }

    /** Ends holds whose lots the caller has locked: given back, or used up with a ledger row each. */
    private static List<ReservedConsumable> settle(Handle handle, String tenantId, String appointmentId,
                                                   List<StockReservationDao.Held> held, String state, String patientId, String actorId, Instant now) {
        StockLotDao lots = handle.attach(StockLotDao.class);
        StockReservationDao reservations = handle.attach(StockReservationDao.class);
        boolean consumed = "CONSUMED".equals(state);
        List<ReservedConsumable> settled = new ArrayList<>();
        for (StockReservationDao.Held h : held) {
            if (reservations.settle(tenantId, h.id(), state) != 1) {
                continue;
            }
            if (consumed) {
                handle.attach(StockMovementDao.class).insert(tenantId, new StockMovement(Ids.newId(), h.lotId(),
                        MovementKind.CONSUMPTION, -h.quantity(), null, appointmentId, patientId, null, actorId,
                        now));
            }
            lots.change(tenantId, h.lotId(), consumed ? -h.quantity() : 0, -h.quantity());
            settled.add(new ReservedConsumable(h.lotId(), h.sku(), h.quantity()));
        }
        return settled;
    }

    private static int taken(List<ReservedConsumable> held, String lotId) {
        return held.stream().filter(h -> h.lotId().equals(lotId)).mapToInt(ReservedConsumable::quantity).sum();
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
