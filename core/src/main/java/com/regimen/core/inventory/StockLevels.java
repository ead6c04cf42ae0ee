package com.regimen.core.inventory;

import com.regimen.core.errors.DomainException;
import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What is on the shelves: stock per location, items below par, lots near expiry, and who received a lot. */
public final class StockLevels {
    private final Jdbi jdbi;
    private final Clock clock;

    public StockLevels(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A lot as shelved: {@code available} is 0 once it has expired (in the location's zone). */
    public record LotLevel(String lotId, String lotNumber, LocalDate expiresOn, int onHand, int reserved,
                           int available, boolean expired) {
    }

    public record ItemLevel(String itemId, String sku, String name, String unit, int onHand, int reserved,
                            int available, Integer parLevel, List<LotLevel> lots) {
    }

    public List<ItemLevel> atLocation(StaffIdentity reader, String locationId) {
        return jdbi.withHandle(handle -> {
            Location location = Locations.find(handle, reader.tenantId(), locationId);
            LocalDate today = LocalDate.now(clock.withZone(location.timezone()));
            Map<String, Integer> par = handle.attach(InventoryItemDao.class).parLevels(reader.tenantId(), locationId);
            Map<String, List<StockLot>> byItem = new LinkedHashMap<>();
            for (StockLot lot : handle.attach(StockLotDao.class).atLocation(reader.tenantId(), locationId)) {
                byItem.computeIfAbsent(lot.itemId(), k -> new ArrayList<>()).add(lot);
            }
            List<InventoryItem> items = handle.attach(InventoryItemDao.class).all(reader.tenantId());
            List<ItemLevel> levels = new ArrayList<>();
            for (InventoryItem item : items) {
                List<StockLot> lots = byItem.getOrDefault(item.id(), List.of());
                if (lots.isEmpty() && !par.containsKey(item.id())) {
                    continue;
                }
                List<LotLevel> lotLevels = lots.stream().map(l -> new LotLevel(l.id(), l.lotNumber(), l.expiresOn(),
                        l.onHand(), l.reserved(), l.expiredOn(today) ? 0 : l.free(), l.expiredOn(today))).toList();
                levels.add(new ItemLevel(item.id(), item.sku(), item.name(), item.unit(),
                        lotLevels.stream().mapToInt(LotLevel::onHand).sum(),
                        lotLevels.stream().mapToInt(LotLevel::reserved).sum(),
                        lotLevels.stream().mapToInt(LotLevel::available).sum(), par.get(item.id()), lotLevels));
            }
            return levels;
        });
    }

    public List<ItemLevel> belowPar(StaffIdentity reader, String locationId) {
        return atLocation(reader, locationId).stream()
                .filter(level -> level.parLevel() != null && level.available() < level.parLevel())
                .toList();
    }

    public List<StockLot> expiringWithin(StaffIdentity reader, int days, String locationId) {
        if (days < 0 || days > 3660) {
            throw DomainException.invalid("days", "must be 0 to 3660");
        }
        LocalDate today = LocalDate.now(clock);
        return jdbi.withHandle(handle -> {
            if (locationId != null) {
                Locations.find(handle, reader.tenantId(), locationId);
            }
            return handle.attach(StockLotDao.class).expiringBetween(reader.tenantId(), today, today.plusDays(days),
                    locationId);
        });
    }

    public List<StockMovementDao.Recipient> recipients(StaffIdentity reader, String lotId) {
        return jdbi.withHandle(handle -> {
            handle.attach(StockLotDao.class).find(reader.tenantId(), lotId)
                    .orElseThrow(() -> DomainException.notFound("Lot"));
            return handle.attach(StockMovementDao.class).recipients(reader.tenantId(), lotId);
        });
    }
}
