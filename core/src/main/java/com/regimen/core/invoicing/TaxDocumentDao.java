package com.regimen.core.invoicing;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(TaxDocument.class)
public interface TaxDocumentDao {
    String COLUMNS = "id, type, location_id, series, number, source_id, payment_id, appointment_id, treatment_id, "
            + "payment_kind, original_document_id, business_date, issued_at, country, seller_name_ar, seller_name_en, "
            + "vat_number, currency, vat_rate_bp, net, vat, gross";

    @SqlUpdate("INSERT INTO tax_documents (tenant_id, " + COLUMNS + ") VALUES (:tenantId, :d.id, :d.type, "
            + ":d.locationId, :d.series, :d.number, :d.sourceId, :d.paymentId, :d.appointmentId, :d.treatmentId, "
            + ":d.paymentKind, :d.originalDocumentId, :d.businessDate, :d.issuedAt, :d.country, :d.sellerNameAr, "
            + ":d.sellerNameEn, :d.vatNumber, :d.currency, :d.vatRateBp, :d.net, :d.vat, :d.gross)")
    void insert(@Bind("tenantId") String tenantId, @BindMethods("d") TaxDocument document);

    @SqlQuery("SELECT " + COLUMNS + " FROM tax_documents WHERE tenant_id = :tenantId AND id = :id")
    Optional<TaxDocument> find(@Bind("tenantId") String tenantId, @Bind("id") String id);

    /** What an invoice has credited so far, read under its row lock. */
    record Credited(long gross, long vat) {
    }

    /**
     * Locks an invoice (by its unique key: a record lock, no gap) and reads what its credit notes have
     * credited. A locking read sees notes committed while this transaction waited.
     */
    @SqlQuery("SELECT credited_gross AS gross, credited_vat AS vat FROM tax_documents WHERE tenant_id = :tenantId "
            + "AND type = 'INVOICE' AND source_id = :paymentId FOR UPDATE")
    @RegisterConstructorMapper(Credited.class)
    Optional<Credited> readLockInvoiceOf(@Bind("tenantId") String tenantId, @Bind("paymentId") String paymentId);

    @SqlUpdate("UPDATE tax_documents SET lock_version = lock_version + 1 WHERE tenant_id = :tenantId AND type = 'INVOICE' AND source_id = :paymentId")
    int writeLockInvoiceOf(@Bind("tenantId") String tenantId, @Bind("paymentId") String paymentId);

    /** Locks by writing, then reads: docs/scaling.md, "Multi-primary: Galera". */
    default Optional<Credited> lockInvoiceOf(String tenantId, String paymentId) {
        writeLockInvoiceOf(tenantId, paymentId);
        return readLockInvoiceOf(tenantId, paymentId);
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM tax_documents WHERE tenant_id = :tenantId AND type = 'INVOICE' "
            + "AND source_id = :paymentId")
    Optional<TaxDocument> invoiceOf(@Bind("tenantId") String tenantId, @Bind("paymentId") String paymentId);

    @SqlUpdate("UPDATE tax_documents SET credited_gross = credited_gross + :gross, credited_vat = credited_vat + :vat "
            + "WHERE tenant_id = :tenantId AND id = :id")
    void credit(@Bind("tenantId") String tenantId, @Bind("id") String invoiceId, @Bind("gross") long gross,
                @Bind("vat") long vat);

    @SqlQuery("SELECT " + COLUMNS + " FROM tax_documents WHERE tenant_id = :tenantId "
            + "AND appointment_id = :appointmentId ORDER BY issued_at, id")
    List<TaxDocument> forAppointment(@Bind("tenantId") String tenantId, @Bind("appointmentId") String appointmentId);

    @SqlQuery("SELECT " + COLUMNS + " FROM tax_documents WHERE tenant_id = :tenantId AND location_id = :locationId "
            + "AND business_date = :day ORDER BY type, number")
    List<TaxDocument> ofDay(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                            @Bind("day") LocalDate day);

    @SqlQuery("SELECT last_number FROM tax_document_counters WHERE tenant_id = :tenantId "
            + "AND location_id = :locationId AND series = :series FOR UPDATE")
    Optional<Long> lockCounter(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                               @Bind("series") String series);

    /** Made when a location registers for VAT, so issuing never has to create it under load. */
    @SqlUpdate("INSERT IGNORE INTO tax_document_counters (tenant_id, location_id, series, last_number) "
            + "VALUES (:tenantId, :locationId, :series, 0)")
    void ensureCounter(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                       @Bind("series") String series);

    @SqlUpdate("INSERT INTO tax_document_counters (tenant_id, location_id, series, last_number) "
            + "VALUES (:tenantId, :locationId, :series, :number)")
    void startCounter(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                      @Bind("series") String series, @Bind("number") long number);

    @SqlUpdate("UPDATE tax_document_counters SET last_number = :number WHERE tenant_id = :tenantId "
            + "AND location_id = :locationId AND series = :series AND last_number = :number - 1")
    int advanceCounter(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                       @Bind("series") String series, @Bind("number") long number);
}
