package com.regimen.core.inventory;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import com.regimen.core.paging.Page;
import com.regimen.core.paging.PageRequest;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Map;

/** The catalogue of consumables a clinic chain stocks, and how many each location should keep. */
public final class InventoryItems {
    /** What a SKU may look like; the OpenAPI schema of a new item states it too. */
    public static final String SKU_FORMAT = "^[a-z0-9][a-z0-9._-]{0,63}$";

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public InventoryItems(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    public InventoryItem create(StaffIdentity actor, String sku, String name, String unit) {
        if (sku == null || !sku.matches(SKU_FORMAT)) {
            throw DomainException.invalid("sku", "must be lower-case letters, digits, '.', '_' or '-', up to 64");
        }
        InventoryItem item = new InventoryItem(actor.tenantId(), Ids.newId(), sku, name.strip(), unit.strip(),
                clock.instant());
        return jdbi.inTransaction(handle -> {
            if (handle.attach(InventoryItemDao.class).insert(item) == 0) {
                throw new DomainException(ErrorKind.CONFLICT, "SKU_TAKEN", "An item with sku " + sku + " exists.");
            }
            audit.record(handle, actor, "inventory_item.created", "inventory_item", item.id(), Map.of("sku", sku));
            return item;
        });
    }

    public Page<InventoryItem> list(StaffIdentity reader, PageRequest page) {
        var rows = jdbi.withExtension(InventoryItemDao.class,
                dao -> dao.list(reader.tenantId(), page.afterId(), page.fetchSize()));
        return Page.of(rows, page, InventoryItem::id);
    }

    public void setParLevel(StaffIdentity actor, String itemId, String locationId, int parLevel) {
        if (parLevel < 0 || parLevel > 1_000_000) {
            throw DomainException.invalid("parLevel", "must be 0 to 1000000");
        }
        jdbi.useTransaction(handle -> {
            handle.attach(InventoryItemDao.class).find(actor.tenantId(), itemId)
                    .orElseThrow(() -> DomainException.notFound("Inventory item"));
            Locations.find(handle, actor.tenantId(), locationId);
            handle.attach(InventoryItemDao.class).setParLevel(actor.tenantId(), itemId, locationId, parLevel);
            audit.record(handle, actor, "inventory_item.par_level_set", "inventory_item", itemId,
                    Map.of("locationId", locationId, "parLevel", parLevel));
        });
    }
}
