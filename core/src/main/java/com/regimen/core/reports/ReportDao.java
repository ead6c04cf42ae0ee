package com.regimen.core.reports;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The reports' reads. Each reads one location's rows through an index that starts with
 * (tenant_id, location_id, day or instant), so a report costs the rows of its range, never a
 * chain's whole history (docs/benchmarks.md has the plans and timings at a million appointments).
 */
public interface ReportDao {

    /** Money by local business day: invoices less credit notes, VAT apart. {@code group} is a column of d. */
    @SqlQuery("SELECT d.business_date AS day, <group> AS grp, d.currency, "
            + "SUM(CASE WHEN d.type = 'INVOICE' THEN d.gross ELSE 0 END) AS invoiced, "
            + "SUM(CASE WHEN d.type = 'CREDIT_NOTE' THEN d.gross ELSE 0 END) AS credited, "
            + "SUM(CASE WHEN d.type = 'INVOICE' THEN d.vat ELSE -d.vat END) AS vat, "
            + "SUM(CASE WHEN d.type = 'INVOICE' THEN d.net ELSE -d.net END) AS net "
            + "FROM tax_documents d WHERE d.tenant_id = :tenantId AND d.location_id = :locationId "
            + "AND d.business_date BETWEEN :from AND :to GROUP BY d.business_date, <group>, d.currency")
    @RegisterConstructorMapper(RevenueRow.class)
    List<RevenueRow> revenue(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                             @Bind("from") LocalDate from, @Bind("to") LocalDate to, @Define("group") String group);

    /** As {@link #revenue} by the practitioner who gave the appointment the document is for. */
    @SqlQuery("SELECT d.business_date AS day, a.practitioner_id AS grp, d.currency, "
            + "SUM(CASE WHEN d.type = 'INVOICE' THEN d.gross ELSE 0 END) AS invoiced, "
            + "SUM(CASE WHEN d.type = 'CREDIT_NOTE' THEN d.gross ELSE 0 END) AS credited, "
            + "SUM(CASE WHEN d.type = 'INVOICE' THEN d.vat ELSE -d.vat END) AS vat, "
            + "SUM(CASE WHEN d.type = 'INVOICE' THEN d.net ELSE -d.net END) AS net "
            + "FROM tax_documents d JOIN appointments a ON a.tenant_id = d.tenant_id AND a.id = d.appointment_id "
            + "WHERE d.tenant_id = :tenantId AND d.location_id = :locationId "
            + "AND d.business_date BETWEEN :from AND :to GROUP BY d.business_date, a.practitioner_id, d.currency")
    @RegisterConstructorMapper(RevenueRow.class)
    List<RevenueRow> revenueByPractitioner(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                                           @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    record RevenueRow(LocalDate day, String grp, String currency, long invoiced, long credited, long vat, long net) {
    }

    /**
     * Appointments that started in the range, with what closing them cost: the fee fixed at the
     * cancellation or no-show, and how much of it the money kept covers.
     */
    @SqlQuery("SELECT a.currency, COUNT(*) AS appointments, "
            + "COALESCE(SUM(a.status = 'NO_SHOW'), 0) AS no_shows, "
            + "COALESCE(SUM(a.status = 'CANCELLED'), 0) AS cancellations, "
            + "COALESCE(SUM(a.status = 'CANCELLED' AND a.cancellation_fee > 0), 0) AS late_cancels, "
            + "COALESCE(SUM(CASE WHEN a.status IN ('NO_SHOW', 'CANCELLED') THEN a.cancellation_fee ELSE 0 END), 0) "
            + "AS fees_charged, "
            + "COALESCE(SUM(CASE WHEN a.status IN ('NO_SHOW', 'CANCELLED') AND a.cancellation_fee > 0 THEN "
            + "LEAST(a.cancellation_fee, COALESCE((SELECT SUM(p.amount - p.refunded) FROM payments p "
            + "WHERE p.tenant_id = a.tenant_id AND p.appointment_id = a.id AND p.status = 'SUCCEEDED'), 0)) "
            + "ELSE 0 END), 0) AS fees_collected "
            + "FROM appointments a WHERE a.tenant_id = :tenantId AND a.location_id = :locationId "
            + "AND a.starts_at >= :from AND a.starts_at < :to GROUP BY a.currency")
    @RegisterConstructorMapper(AttendanceRow.class)
    List<AttendanceRow> attendance(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                                   @Bind("from") Instant from, @Bind("to") Instant to);

    record AttendanceRow(String currency, long appointments, long noShows, long cancellations, long lateCancels,
                         long feesCharged, long feesCollected) {
    }

    /**
     * Patients seen (checked in or completed) in the range, each with whether they had been seen
     * anywhere in the chain before it.
     */
    // Each patient once, then one look at that patient's history through (tenant_id, patient_id,
    // starts_at). Asked per visit instead, MariaDB chose the primary key and read the chain's whole
    // history for each of a year's 8,620 visits: 744 ms at 1 million appointments (docs/benchmarks.md).
    @SqlQuery("SELECT p.patient_id, EXISTS (SELECT 1 FROM appointments b FORCE INDEX (ix_appointments_patient) "
            + "WHERE b.tenant_id = :tenantId AND b.patient_id = p.patient_id AND b.starts_at < :from "
            + "AND b.status IN ('CHECKED_IN', 'COMPLETED')) AS seen_before "
            + "FROM (SELECT DISTINCT a.patient_id FROM appointments a WHERE a.tenant_id = :tenantId "
            + "AND a.location_id = :locationId AND a.starts_at >= :from AND a.starts_at < :to "
            + "AND a.status IN ('CHECKED_IN', 'COMPLETED')) p")
    @RegisterConstructorMapper(PatientSeen.class)
    List<PatientSeen> patientsSeen(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                                   @Bind("from") Instant from, @Bind("to") Instant to);

    record PatientSeen(String patientId, boolean seenBefore) {
    }

    /** Courses whose first session started in the range, with how many of their sessions are completed. */
    @SqlQuery("SELECT a.course_id, "
            + "(SELECT COUNT(*) FROM appointments s WHERE s.tenant_id = a.tenant_id AND s.course_id = a.course_id) "
            + "AS sessions, (SELECT COUNT(*) FROM appointments s WHERE s.tenant_id = a.tenant_id "
            + "AND s.course_id = a.course_id AND s.status = 'COMPLETED') AS completed "
            + "FROM appointments a WHERE a.tenant_id = :tenantId AND a.location_id = :locationId "
            + "AND a.starts_at >= :from AND a.starts_at < :to AND a.session_number = 1 AND a.course_id IS NOT NULL")
    @RegisterConstructorMapper(CourseProgress.class)
    List<CourseProgress> coursesStarted(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                                        @Bind("from") Instant from, @Bind("to") Instant to);

    record CourseProgress(String courseId, long sessions, long completed) {
    }

    /** Booked minutes per room or practitioner ({@code resource} is a column of a) of appointments that go ahead. */
    @SqlQuery("SELECT <resource> AS resource_id, "
            + "COALESCE(SUM(TIMESTAMPDIFF(MINUTE, a.starts_at, a.ends_at)), 0) AS minutes "
            + "FROM appointments a WHERE a.tenant_id = :tenantId AND a.location_id = :locationId "
            + "AND a.starts_at >= :from AND a.starts_at < :to AND a.status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED') "
            + "GROUP BY <resource>")
    @RegisterConstructorMapper(BookedMinutes.class)
    List<BookedMinutes> bookedMinutes(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                                      @Bind("from") Instant from, @Bind("to") Instant to,
                                      @Define("resource") String resource);

    record BookedMinutes(String resourceId, long minutes) {
    }

    /**
     * Units used in treatments at the location in the range, per item, and the cost of those from lots
     * with a known unit cost (a consumption undone comes back as a positive delta and nets out).
     */
    @SqlQuery("SELECT i.sku, i.name, COALESCE(SUM(-m.delta), 0) AS quantity, "
            + "COALESCE(SUM(CASE WHEN l.unit_cost IS NULL THEN 0 ELSE -m.delta END), 0) AS costed_quantity, "
            + "COALESCE(SUM(-m.delta * l.unit_cost), 0) AS cost FROM stock_movements m "
            + "JOIN stock_lots l ON l.tenant_id = m.tenant_id AND l.id = m.lot_id "
            + "JOIN inventory_items i ON i.tenant_id = l.tenant_id AND i.id = l.item_id "
            + "WHERE m.tenant_id = :tenantId AND l.location_id = :locationId AND m.kind = 'CONSUMPTION' "
            + "AND m.occurred_at >= :from AND m.occurred_at < :to GROUP BY i.sku, i.name ORDER BY i.sku")
    @RegisterConstructorMapper(CostedQuantity.class)
    List<CostedQuantity> consumption(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                                     @Bind("from") Instant from, @Bind("to") Instant to);

    /** Units on hand in lots that expire on or before {@code until} (and not before {@code today}), and their value. */
    @SqlQuery("SELECT i.sku, i.name, COALESCE(SUM(l.on_hand), 0) AS quantity, "
            + "COALESCE(SUM(CASE WHEN l.unit_cost IS NULL THEN 0 ELSE l.on_hand END), 0) AS costed_quantity, "
            + "COALESCE(SUM(l.on_hand * l.unit_cost), 0) AS cost FROM stock_lots l "
            + "JOIN inventory_items i ON i.tenant_id = l.tenant_id AND i.id = l.item_id "
            + "WHERE l.tenant_id = :tenantId AND l.location_id = :locationId AND l.on_hand > 0 "
            + "AND l.expires_on >= :today AND l.expires_on <= :until GROUP BY i.sku, i.name ORDER BY i.sku")
    @RegisterConstructorMapper(CostedQuantity.class)
    List<CostedQuantity> expiring(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                                  @Bind("today") LocalDate today, @Bind("until") LocalDate until);

    /** Units of an item and the cost of those whose lot has a known unit cost ({@code costedQuantity} of them). */
    record CostedQuantity(String sku, String name, long quantity, long costedQuantity, long cost) {
    }

    /** Items whose unexpired units on hand at the location are under their par level. */
    @SqlQuery("SELECT i.sku, i.name, p.par_level - COALESCE((SELECT SUM(l.on_hand) FROM stock_lots l "
            + "WHERE l.tenant_id = p.tenant_id AND l.item_id = p.item_id AND l.location_id = p.location_id "
            + "AND l.expires_on >= :today), 0) AS quantity FROM inventory_par_levels p "
            + "JOIN inventory_items i ON i.tenant_id = p.tenant_id AND i.id = p.item_id "
            + "WHERE p.tenant_id = :tenantId AND p.location_id = :locationId HAVING quantity > 0 ORDER BY i.sku")
    @RegisterConstructorMapper(ItemQuantity.class)
    List<ItemQuantity> belowPar(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                                @Bind("today") LocalDate today);

    record ItemQuantity(String sku, String name, long quantity) {
    }
}
