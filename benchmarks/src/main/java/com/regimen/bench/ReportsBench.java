package com.regimen.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The back office's reports for the benchmark location over the last 30 and 365 days of its
 * generated history, one client asking again as soon as it has its answer. The generator writes
 * appointments only, so {@link #invoiceHistory} first issues the tax invoice each completed
 * appointment would have had (the revenue report reads invoices and credit notes).
 */
public final class ReportsBench {
    public static final List<String> REPORTS = List.of("revenue", "revenue&groupBy=PRACTITIONER&period=MONTH",
            "attendance", "patients", "utilisation", "stock");

    public record Row(String report, int days, LoadRun.Result result) {
    }

    private final BenchClinic clinic;
    private final RegimenHttp api;
    private final LocalDate to;

    public ReportsBench(BenchClinic clinic, RegimenHttp api, LocalDate to) {
        this.clinic = clinic;
        this.api = api;
        this.to = to;
    }

    /** One invoice per completed appointment of the benchmark tenant, dated on its local day (Riyadh, UTC+3). */
    public int invoiceHistory(Connection connection) throws SQLException {
        String sql = "INSERT IGNORE INTO tax_documents (tenant_id, id, type, location_id, series, number, source_id, "
                + "payment_id, appointment_id, treatment_id, payment_kind, original_document_id, business_date, "
                + "issued_at, country, seller_name_ar, seller_name_en, vat_number, currency, vat_rate_bp, net, vat, "
                + "gross) SELECT a.tenant_id, UUID(), 'INVOICE', a.location_id, 'BNCH', "
                + "ROW_NUMBER() OVER (ORDER BY a.id), a.id, a.id, a.id, a.treatment_id, 'BALANCE', NULL, "
                + "DATE(a.starts_at + INTERVAL 3 HOUR), a.starts_at, 'SA', 'عيادة', 'Clinic', '300000000000003', "
                + "a.currency, 1500, a.price - ROUND(a.price * 15 / 115), ROUND(a.price * 15 / 115), a.price "
                + "FROM appointments a WHERE a.tenant_id = ? AND a.status = 'COMPLETED'";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, clinic.tenantId());
            return statement.executeUpdate();
        }
    }

    public List<Row> run(Duration warmUp, Duration duration) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int days : List.of(30, 365)) {
            for (String report : REPORTS) {
                String path = "/reports/" + report.replaceFirst("&", "?") + (report.contains("&") ? "&" : "?")
                        + "locationId=" + clinic.locationId() + "&from=" + to.minusDays(days - 1) + "&to=" + to;
                LoadRun.Attempt ask = (client, sequence) -> {
                    api.get(path, clinic.apiKey()).expect(200, report);
                    return LoadRun.Outcome.DONE;
                };
                LoadRun.run(1, warmUp, ask);
                rows.add(new Row(report, days, LoadRun.run(1, duration, ask)));
            }
        }
        return rows;
    }

    /** EXPLAIN of the reports' main reads over the year, with the benchmark's own values. */
    public List<List<String>> queryPlans(Connection connection) throws SQLException {
        LocalDate from = to.minusDays(364);
        Timestamp start = Timestamp.from(from.atStartOfDay(clinic.zone()).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(clinic.zone()).toInstant());
        String t = clinic.tenantId();
        String l = clinic.locationId();
        List<List<String>> rows = new ArrayList<>();
        explain(connection, rows, "revenue", "EXPLAIN SELECT d.business_date, d.location_id, d.currency, SUM(d.gross) "
                + "FROM tax_documents d WHERE d.tenant_id = ? AND d.location_id = ? AND d.business_date BETWEEN ? AND ? "
                + "GROUP BY d.business_date, d.location_id, d.currency", t, l, java.sql.Date.valueOf(from),
                java.sql.Date.valueOf(to));
        explain(connection, rows, "attendance", "EXPLAIN SELECT a.currency, COUNT(*), SUM(a.status = 'NO_SHOW') "
                + "FROM appointments a WHERE a.tenant_id = ? AND a.location_id = ? AND a.starts_at >= ? "
                + "AND a.starts_at < ? GROUP BY a.currency", t, l, start, end);
        explain(connection, rows, "patientsSeen", "EXPLAIN SELECT p.patient_id, EXISTS (SELECT 1 FROM appointments b "
                + "FORCE INDEX (ix_appointments_patient) WHERE b.tenant_id = ? AND b.patient_id = p.patient_id "
                + "AND b.starts_at < ? AND b.status IN ('CHECKED_IN', 'COMPLETED')) FROM (SELECT DISTINCT a.patient_id "
                + "FROM appointments a WHERE a.tenant_id = ? AND a.location_id = ? AND a.starts_at >= ? "
                + "AND a.starts_at < ? AND a.status IN ('CHECKED_IN', 'COMPLETED')) p", t, start, t, l, start, end);
        explain(connection, rows, "bookedMinutes", "EXPLAIN SELECT a.room_id, SUM(TIMESTAMPDIFF(MINUTE, a.starts_at, "
                + "a.ends_at)) FROM appointments a WHERE a.tenant_id = ? AND a.location_id = ? AND a.starts_at >= ? "
                + "AND a.starts_at < ? AND a.status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED') GROUP BY a.room_id",
                t, l, start, end);
        return rows;
    }

    private static void explain(Connection connection, List<List<String>> rows, String name, String sql,
                                Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                if (rows.isEmpty()) {
                    List<String> header = new ArrayList<>(List.of("query"));
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        header.add(meta.getColumnLabel(c));
                    }
                    rows.add(header);
                }
                while (rs.next()) {
                    List<String> row = new ArrayList<>(List.of(name));
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.add(String.valueOf(rs.getString(c)));
                    }
                    rows.add(row);
                }
            }
        }
    }
}
