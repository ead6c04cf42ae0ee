package com.regimen.core.inventory;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every change to stock that staff make: receipts, adjustments, transfers. Each is one
 * transaction that locks the lot, writes one ledger row per lot touched, and moves the lot's
 * on-hand by exactly that row's delta, so on-hand stays the ledger's sum.
 */
public final class StockLedger {
    private static final int MAX_QUANTITY = 1_000_000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public StockLedger(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** A delivery whose cost is not known. */
    public StockLot receive(StaffIdentity actor, String locationId, String sku, String lotNumber, LocalDate expiresOn,
                            int quantity) {
        return receive(actor, locationId, sku, lotNumber, expiresOn, quantity, null);
    }

    /**
     * A delivery: a new lot, or more of a lot already here (which must carry the same expiry, and the
     * same unit cost once one is known). {@code unitCost} is in minor units of the location's currency.
     */
    public StockLot receive(StaffIdentity actor, String locationId, String sku, String lotNumber, LocalDate expiresOn,
                            int quantity, Long unitCost) {
        LotCosts.checked(unitCost);
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw DomainException.invalid("quantity", "must be 1 to " + MAX_QUANTITY);
        }
        if (lotNumber == null || lotNumber.isBlank() || lotNumber.length() > 100) {
            throw DomainException.invalid("lotNumber", "must be 1 to 100 characters");
        }
        return jdbi.inTransaction(handle -> {
            Location location = activeLocation(handle, actor.tenantId(), locationId);
            if (expiresOn.isBefore(LocalDate.now(clock.withZone(location.timezone())))) {
                throw DomainException.invalid("expiresOn", "the lot has already expired; it cannot be received");
            }
            InventoryItem item = handle.attach(InventoryItemDao.class).findBySku(actor.tenantId(), sku)
                    .orElseThrow(() -> DomainException.invalid("sku", "is not an item of this clinic chain; "
                            + "create it at /v1/inventory/items first"));
            StockLot lot = lotFor(handle, actor.tenantId(), item, locationId, lotNumber.strip(), expiresOn, unitCost);
            LotCosts.settle(handle, actor.tenantId(), lot, unitCost);
            Instant now = clock.instant();
            move(handle, actor, lot, MovementKind.RECEIPT, quantity, null, null, now);
            Map<String, Object> detail = new LinkedHashMap<>(Map.of("sku", sku, "quantity", quantity,
                    "locationId", locationId));
            if (unitCost != null) {
                detail.put("unitCost", unitCost);
            }
            audit.record(handle, actor, "stock.received", "stock_lot", lot.id(), detail);
            return handle.attach(StockLotDao.class).find(actor.tenantId(), lot.id()).orElseThrow();
        });
    }

    /** Waste, damage or a count correction. Stock held for appointments cannot be adjusted away. */
    public StockLot adjust(StaffIdentity actor, String lotId, int delta, String reason) {
        if (delta == 0 || Math.abs(delta) > MAX_QUANTITY) {
            throw DomainException.invalid("delta", "must be a non-zero change of at most " + MAX_QUANTITY);
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw DomainException.invalid("reason", "must say why, in at most 500 characters");
        }
        return jdbi.inTransaction(handle -> {
            StockLot lot = lock(handle, actor.tenantId(), lotId);
            if (lot.onHand() + delta < lot.reserved()) {
                throw new DomainException(ErrorKind.CONFLICT, "INSUFFICIENT_STOCK", "Only " + lot.free()
                        + " units of this lot are not held for appointments.");
            }
            move(handle, actor, lot, MovementKind.ADJUSTMENT, delta, reason.strip(), null, clock.instant());
            audit.record(handle, actor, "stock.adjusted", "stock_lot", lotId, Map.of("delta", delta,
                    "reason", reason.strip()));
            return handle.attach(StockLotDao.class).find(actor.tenantId(), lotId).orElseThrow();
        });
    }

    /** Moves units of a lot to another location, where they keep their lot number and expiry. */
    public List<StockLot> transfer(StaffIdentity actor, String lotId, String toLocationId, int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw DomainException.invalid("quantity", "must be 1 to " + MAX_QUANTITY);
        }
        return jdbi.inTransaction(handle -> {
            StockLotDao lots = handle.attach(StockLotDao.class);
            StockLot unlocked = lots.find(actor.tenantId(), lotId).orElseThrow(() -> DomainException.notFound("Lot"));
            if (unlocked.locationId().equals(toLocationId)) {
                throw DomainException.invalid("toLocationId", "must be another location");
            }
            Location to = activeLocation(handle, actor.tenantId(), toLocationId);
            boolean sameCurrency = Locations.find(handle, actor.tenantId(), unlocked.locationId()).currency()
                    .equals(to.currency());
            InventoryItem item = handle.attach(InventoryItemDao.class).find(actor.tenantId(), unlocked.itemId())
                    .orElseThrow();
            // Both lots in id order when the target exists; a target made now is a new row nobody else holds.
            String targetId = lots.idByNumber(actor.tenantId(), toLocationId, item.id(), unlocked.lotNumber())
                    .orElse(null);
            lots.lockInOrder(actor.tenantId(), targetId == null ? List.of(lotId) : List.of(lotId, targetId));
            StockLot source = lots.find(actor.tenantId(), lotId).orElseThrow();
            if (quantity > source.free()) {
                throw new DomainException(ErrorKind.CONFLICT, "INSUFFICIENT_STOCK",
                        "Only " + source.free() + " units of this lot can be moved.");
            }
            // A cost in another currency is not a cost here: the moved units' value there is unknown.
            Long cost = sameCurrency ? source.unitCost() : null;
            StockLot target = lotFor(handle, actor.tenantId(), item, toLocationId, source.lotNumber(),
                    source.expiresOn(), cost);
            LotCosts.settle(handle, actor.tenantId(), target, cost);
            Instant now = clock.instant();
            move(handle, actor, source, MovementKind.TRANSFER_OUT, -quantity, null, target.id(), now);
            move(handle, actor, target, MovementKind.TRANSFER_IN, quantity, null, source.id(), now);
            audit.record(handle, actor, "stock.transferred", "stock_lot", lotId, Map.of("toLotId", target.id(),
                    "toLocationId", toLocationId, "quantity", quantity));
            return List.of(lots.find(actor.tenantId(), source.id()).orElseThrow(),
                    lots.find(actor.tenantId(), target.id()).orElseThrow());
        });
    }

    public StockLot lot(StaffIdentity reader, String lotId) {
        return jdbi.withExtension(StockLotDao.class, dao -> dao.find(reader.tenantId(), lotId))
                .orElseThrow(() -> DomainException.notFound("Lot"));
    }

    public List<StockMovement> movements(StaffIdentity reader, String lotId) {
        return jdbi.withHandle(handle -> {
            handle.attach(StockLotDao.class).find(reader.tenantId(), lotId)
                    .orElseThrow(() -> DomainException.notFound("Lot"));
            return handle.attach(StockMovementDao.class).forLot(reader.tenantId(), lotId);
        });
    }

    /** Lots whose on-hand is not the sum of their ledger rows; an empty list is the only right answer. */
    public List<String> ledgerMismatches(StaffIdentity reader) {
        return jdbi.withExtension(StockMovementDao.class, dao -> dao.ledgerMismatches(reader.tenantId()));
    }

    /** One ledger row and the matching change of on-hand, in the caller's transaction. */
    static void move(Handle handle, StaffIdentity actor, StockLot lot, MovementKind kind, int delta, String reason,
                     String relatedLotId, Instant now) {
        handle.attach(StockMovementDao.class).insert(actor.tenantId(), new StockMovement(Ids.newId(), lot.id(), kind,
                delta, reason, null, null, relatedLotId, actor.actorId(), now));
        handle.attach(StockLotDao.class).change(actor.tenantId(), lot.id(), delta, 0);
    }

    private StockLot lotFor(Handle handle, String tenantId, InventoryItem item, String locationId, String lotNumber,
                            LocalDate expiresOn, Long unitCost) {
        StockLotDao lots = handle.attach(StockLotDao.class);
        // Made if missing and locked in one statement: no read-then-insert window, and no gap lock
        // (two tenants' first receipts deadlocked on the gap between their keys that way).
        lots.insertIfAbsent(tenantId, new StockLot(Ids.newId(), item.id(), item.sku(), locationId, lotNumber, expiresOn,
                0, 0, clock.instant(), unitCost));
        String id = lots.idByNumber(tenantId, locationId, item.id(), lotNumber).orElseThrow();
        StockLot lot = lots.find(tenantId, id).orElseThrow();
        if (!lot.expiresOn().equals(expiresOn)) {
            throw new DomainException(ErrorKind.CONFLICT, "LOT_EXPIRY_MISMATCH", "Lot " + lotNumber
                    + " is already here with expiry " + lot.expiresOn() + ".");
        }
        return lot;
    }

    private static StockLot lock(Handle handle, String tenantId, String lotId) {
        return handle.attach(StockLotDao.class).lock(tenantId, lotId)
                .orElseThrow(() -> DomainException.notFound("Lot"));
    }

    private static Location activeLocation(Handle handle, String tenantId, String locationId) {
        Location location = Locations.find(handle, tenantId, locationId);
        if (!location.active()) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "LOCATION_INACTIVE", "That location is deactivated.");
        }
        return location;
    }
}
