package com.regimen.core.reports;

import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.scheduling.Location;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Consumption and its cost, expiring stock and its value, and stock under par, per location. */
public final class StockReports {
    private final Jdbi jdbi;
    private final Clock clock;
    private final ReportScope scope;

    public StockReports(Jdbi jdbi, Clock clock, ReportScope scope) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.scope = scope;
    }

    public StockReport stock(StaffIdentity reader, String locationId, ReportRange range) {
        List<Location> locations = scope.locations(reader, locationId);
        List<StockReport.StockLine> lines = new ArrayList<>();
        jdbi.useExtension(ReportDao.class, dao -> {
            for (Location location : locations) {
                String tenant = reader.tenantId();
                LocalDate today = clock.instant().atZone(location.timezone()).toLocalDate();
                List<StockReport.StockItem> consumed = items(dao.consumption(tenant, location.id(),
                        range.startAt(location), range.endAt(location)));
                List<StockReport.StockItem> in30 = items(dao.expiring(tenant, location.id(), today, today.plusDays(30)));
                List<StockReport.StockItem> in60 = items(dao.expiring(tenant, location.id(), today, today.plusDays(60)));
                List<StockReport.StockItem> in90 = items(dao.expiring(tenant, location.id(), today, today.plusDays(90)));
                lines.add(new StockReport.StockLine(location.id(), location.name(), location.currency(), consumed,
                        in30, in60, in90, dao.belowPar(tenant, location.id(), today).stream()
                                .map(r -> new StockReport.Shortfall(r.sku(), r.name(), r.quantity())).toList(),
                        StockReport.StockValue.of(consumed), StockReport.StockValue.of(in30),
                        StockReport.StockValue.of(in60), StockReport.StockValue.of(in90)));
            }
        });
        return new StockReport(range, lines);
    }

    private static List<StockReport.StockItem> items(List<ReportDao.CostedQuantity> rows) {
        return rows.stream().map(r -> new StockReport.StockItem(r.sku(), r.name(), r.quantity(),
                r.costedQuantity() == 0 && r.quantity() != 0 ? null : r.cost(), r.quantity() - r.costedQuantity())).toList();
    }
}
