package com.regimen.core.inventory;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import org.jdbi.v3.core.Handle;

/**
 * The one rule for a lot's unit cost: a lot has one cost. The first receipt (or transfer) that knows
 * it records it on a lot whose cost was unknown; a later one naming another cost is refused, because
 * the units already there were bought at the first, and the stock value would silently change.
 */
final class LotCosts {
    /** Ten million in major units of any currency: far above any consumable, below any overflow in a report sum. */
    static final long MAX_UNIT_COST = 1_000_000_000L;

    private LotCosts() {
    }

    static Long checked(Long unitCost) {
        if (unitCost != null && (unitCost < 0 || unitCost > MAX_UNIT_COST)) {
            throw DomainException.invalid("unitCost", "must be 0 to " + MAX_UNIT_COST
                    + " minor units of the location's currency, or left out when not known");
        }
        return unitCost;
    }

    /** Gives {@code lot} (locked by the caller) the cost {@code unitCost}, if it is known and the lot has none. */
    static void settle(Handle handle, String tenantId, StockLot lot, Long unitCost) {
        if (unitCost == null) {
            return;
        }
        if (lot.unitCost() == null) {
            handle.attach(StockLotDao.class).setUnitCost(tenantId, lot.id(), unitCost);
        } else if (lot.unitCost().longValue() != unitCost) {
            throw new DomainException(ErrorKind.CONFLICT, "LOT_COST_MISMATCH", "Lot " + lot.lotNumber()
                    + " is already here at a unit cost of " + lot.unitCost() + "; receive units bought at another "
                    + "price under their own lot number.");
        }
    }
}
