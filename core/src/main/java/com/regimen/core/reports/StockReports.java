package com.regimen.core.reports;

import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.scheduling.Location;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Consumption, expiring stock and stock under par, per location. */
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
                lines.add(new StockReport.StockLine(location.id(), location.name(),
                        items(dao.consumption(tenant, location.id(), range.startAt(location), range.endAt(location))),
                        items(dao.expiring(tenant, location.id(), today, today.plusDays(30))),
                        items(dao.expiring(tenant, location.id(), today, today.plusDays(60))),
                        items(dao.expiring(tenant, location.id(), today, today.plusDays(90))),
                        items(dao.belowPar(tenant, location.id(), today))));
            }
        });
        return new StockReport(range, lines);
    }

    private static List<StockReport.StockItem> items(List<ReportDao.ItemQuantity> rows) {
        return rows.stream().map(r -> new StockReport.StockItem(r.sku(), r.name(), r.quantity())).toList();
    }
}
