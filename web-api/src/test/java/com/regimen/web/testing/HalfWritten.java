package com.regimen.web.testing;

import com.regimen.core.testing.TestDatabase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What an interrupted booking could leave behind, read from the committed rows of one tenant: a
 * confirmed booking that is missing, an appointment without all three PRP consumables held, a
 * hold without its appointment, lots whose reserved count differs from the holds.
 */
public final class HalfWritten {
    private HalfWritten() {
    }

    public static List<String> bookings(TestDatabase db, String tenant, Collection<String> confirmedIds) {
        List<String> found = missing(db, "SELECT COUNT(*) FROM appointments WHERE tenant_id = ? AND id = ?", tenant,
                confirmedIds, "confirmed booking %s is not stored");
        long partial = db.count("SELECT COUNT(*) FROM appointments a WHERE tenant_id = ? AND (SELECT COUNT(*) FROM "
                + "stock_reservations r WHERE r.tenant_id = a.tenant_id AND r.appointment_id = a.id) <> 3", tenant);
        if (partial != 0) {
            found.add(partial + " appointments without all three consumables held");
        }
        long orphans = db.count("SELECT COUNT(*) FROM stock_reservations r WHERE tenant_id = ? AND NOT EXISTS (SELECT 1 "
                + "FROM appointments a WHERE a.tenant_id = r.tenant_id AND a.id = r.appointment_id)", tenant);
        if (orphans != 0) {
            found.add(orphans + " holds without an appointment");
        }
        long drift = db.count("SELECT (SELECT COALESCE(SUM(reserved), 0) FROM stock_lots WHERE tenant_id = ?) - "
                + "(SELECT COALESCE(SUM(quantity), 0) FROM stock_reservations WHERE tenant_id = ? AND state = 'RESERVED')",
                tenant, tenant);
        if (drift != 0) {
            found.add("the lots' reserved counts differ from the holds by " + drift);
        }
        return found;
    }

    /**
     * Payments an interruption could have left wrong: a confirmed payment that is missing, a payment
     * of an appointment that does not exist, or an appointment whose succeeded payments exceed its price.
     */
    public static List<String> payments(TestDatabase db, String tenant, Collection<String> confirmedIds) {
        List<String> found = missing(db, "SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND id = ? "
                + "AND status = 'SUCCEEDED'", tenant, confirmedIds, "confirmed payment %s is not stored as succeeded");
        long orphans = db.count("SELECT COUNT(*) FROM payments p WHERE tenant_id = ? AND NOT EXISTS (SELECT 1 FROM "
                + "appointments a WHERE a.tenant_id = p.tenant_id AND a.id = p.appointment_id)", tenant);
        if (orphans != 0) {
            found.add(orphans + " payments without an appointment");
        }
        long overpaid = db.count("SELECT COUNT(*) FROM appointments a WHERE tenant_id = ? AND a.price < (SELECT "
                + "COALESCE(SUM(amount), 0) FROM payments p WHERE p.tenant_id = a.tenant_id AND p.appointment_id = a.id "
                + "AND p.status = 'SUCCEEDED')", tenant);
        if (overpaid != 0) {
            found.add(overpaid + " appointments paid more than their price");
        }
        return found;
    }

    /** The ids for which {@code countSql} (tenant, id) does not find exactly one row, each described. */
    private static List<String> missing(TestDatabase db, String countSql, String tenant, Collection<String> ids,
                                        String description) {
        List<String> found = new ArrayList<>();
        for (String id : ids) {
            if (db.count(countSql, tenant, id) != 1) {
                found.add(String.format(description, id));
            }
        }
        return found;
    }
}
