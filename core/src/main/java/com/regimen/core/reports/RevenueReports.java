package com.regimen.core.reports;

import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.Practitioner;
import org.jdbi.v3.core.Jdbi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Revenue from the tax documents: each is dated on its location's business day already, so the
 * days are each location's own. Summed by day in the database, rolled up to weeks (starting
 * Monday, ISO) or months here.
 */
public final class RevenueReports {
    private final Jdbi jdbi;
    private final ReportScope scope;

    public RevenueReports(Jdbi jdbi, ReportScope scope) {
        this.jdbi = jdbi;
        this.scope = scope;
    }

    public RevenueReport revenue(StaffIdentity reader, String locationId, ReportRange range,
                                 RevenueReport.Period period, RevenueReport.GroupBy groupBy) {
        List<Location> locations = scope.locations(reader, locationId);
        Map<String, String> names = names(reader, locations, groupBy);
        List<ReportDao.RevenueRow> rows = jdbi.withExtension(ReportDao.class, dao -> {
            List<ReportDao.RevenueRow> all = new ArrayList<>();
            for (Location location : locations) {
                all.addAll(switch (groupBy) {
                    case LOCATION -> dao.revenue(reader.tenantId(), location.id(), range.from(), range.to(),
                            "d.location_id");
                    case TREATMENT -> dao.revenue(reader.tenantId(), location.id(), range.from(), range.to(),
                            "d.treatment_id");
                    case PRACTITIONER -> dao.revenueByPractitioner(reader.tenantId(), location.id(), range.from(),
                            range.to());
                });
            }
            return all;
        });
        record Key(LocalDate periodStart, String groupId, String currency) {
        }
        Map<Key, long[]> sums = new TreeMap<>(Comparator.comparing(Key::periodStart).thenComparing(Key::groupId)
                .thenComparing(Key::currency));
        for (ReportDao.RevenueRow row : rows) {
            long[] sum = sums.computeIfAbsent(new Key(start(row.day(), period), row.grp(), row.currency()),
                    k -> new long[4]);
            sum[0] += row.invoiced();
            sum[1] += row.credited();
            sum[2] += row.vat();
            sum[3] += row.net();
        }
        List<RevenueReport.RevenueLine> lines = sums.entrySet().stream().map(e -> {
            long[] s = e.getValue();
            return new RevenueReport.RevenueLine(e.getKey().periodStart(), e.getKey().groupId(),
                    names.getOrDefault(e.getKey().groupId(), e.getKey().groupId()), e.getKey().currency(), s[0], s[1],
                    s[0] - s[1], s[2], s[3]);
        }).toList();
        List<RevenueReport.RevenueTotal> totals = lines.stream()
                .collect(Collectors.groupingBy(RevenueReport.RevenueLine::currency, TreeMap::new, Collectors.toList()))
                .entrySet().stream().map(e -> new RevenueReport.RevenueTotal(e.getKey(),
                        sum(e.getValue(), RevenueReport.RevenueLine::invoiced), sum(e.getValue(), RevenueReport.RevenueLine::credited),
                        sum(e.getValue(), RevenueReport.RevenueLine::gross), sum(e.getValue(), RevenueReport.RevenueLine::vat),
                        sum(e.getValue(), RevenueReport.RevenueLine::net))).toList();
        return new RevenueReport(range, period, groupBy, lines, totals);
    }

    static LocalDate start(LocalDate day, RevenueReport.Period period) {
        return switch (period) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private Map<String, String> names(StaffIdentity reader, List<Location> locations, RevenueReport.GroupBy groupBy) {
        return switch (groupBy) {
            case LOCATION -> locations.stream().collect(Collectors.toMap(Location::id, Location::name));
            case PRACTITIONER -> scope.practitioners(reader).stream()
                    .collect(Collectors.toMap(Practitioner::id, Practitioner::name));
            case TREATMENT -> Map.of();
        };
    }

    private static long sum(List<RevenueReport.RevenueLine> lines, Function<RevenueReport.RevenueLine, Long> field) {
        return lines.stream().mapToLong(field::apply).sum();
    }
}
