package com.regimen.core.invoicing;

import com.regimen.core.booking.AppointmentDao;
import com.regimen.core.consent.CareSheets;
import com.regimen.core.errors.DomainException;
import com.regimen.core.patients.Patient;
import com.regimen.core.patients.PatientDao;
import com.regimen.core.plugins.PluginRegistry;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.w3c.dom.Document;

import java.time.ZoneId;
import java.util.List;

/** Reading issued invoices and credit notes: as data, as a printable page, as a PDF, and the QR code. */
public final class TaxDocuments {
    private final Jdbi jdbi;
    private final PluginRegistry plugins;

    public TaxDocuments(Jdbi jdbi, PluginRegistry plugins) {
        this.jdbi = jdbi;
        this.plugins = plugins;
    }

    /** An appointment's invoices and credit notes, in the order they were issued. */
    public List<TaxDocument> forAppointment(StaffIdentity reader, String appointmentId) {
        return jdbi.withHandle(handle -> {
            handle.attach(AppointmentDao.class).find(reader.tenantId(), appointmentId)
                    .orElseThrow(() -> DomainException.notFound("Appointment"));
            return handle.attach(TaxDocumentDao.class).forAppointment(reader.tenantId(), appointmentId);
        });
    }

    public TaxDocument get(StaffIdentity reader, String documentId) {
        return jdbi.withHandle(handle -> find(handle, reader.tenantId(), documentId));
    }

    /** The invoice a credit note credits, by its printed number; null for an invoice. */
    public String creditedNumber(StaffIdentity reader, TaxDocument document) {
        if (document.originalDocumentId() == null) {
            return null;
        }
        return get(reader, document.originalDocumentId()).displayNumber();
    }

    public String html(StaffIdentity reader, String documentId, String language) {
        return TaxDocumentPage.xhtml(page(reader, documentId, language));
    }

    public byte[] pdf(StaffIdentity reader, String documentId, String language) {
        return TaxDocumentPdf.render(page(reader, documentId, language), "ar".equals(language));
    }

    /** The ZATCA QR code as a PNG; only Saudi invoices carry one (404 otherwise). */
    public byte[] qrPng(StaffIdentity reader, String documentId) {
        TaxDocument document = get(reader, documentId);
        if (!document.country().zatcaQr() || document.type() != TaxDocumentType.INVOICE) {
            throw DomainException.notFound("QR code");
        }
        return ZatcaQr.png(ZatcaQr.payload(document), 280);
    }

    public String qrPayload(TaxDocument document) {
        return document.country().zatcaQr() && document.type() == TaxDocumentType.INVOICE
                ? ZatcaQr.payload(document) : null;
    }

    private Document page(StaffIdentity reader, String documentId, String language) {
        return jdbi.withHandle(handle -> {
            TaxDocument document = find(handle, reader.tenantId(), documentId);
            SettledMoneyDao.LocationRow location = handle.attach(SettledMoneyDao.class)
                    .location(reader.tenantId(), document.locationId()).orElseThrow();
            String credited = document.originalDocumentId() == null ? null
                    : find(handle, reader.tenantId(), document.originalDocumentId()).displayNumber();
            String patientLanguage = patientLanguage(handle, reader.tenantId(), document.appointmentId(), language);
            PresentedCard card = handle.attach(PresentedCardDao.class)
                    .forPayment(reader.tenantId(), document.paymentId()).orElse(null);
            return TaxDocumentPage.build(document, new TaxDocumentPage.Context(language, location.name(),
                    ZoneId.of(location.timezone()), treatmentName(document.treatmentId(), language), credited,
                    CareSheets.inLanguage(plugins, document.treatmentId(), patientLanguage).afterCare(),
                    patientLanguage, card));
        });
    }

    /** The care instructions are the patient's to read, whatever language the desk prints the rest in. */
    private static String patientLanguage(Handle handle, String tenantId, String appointmentId, String fallback) {
        return handle.attach(AppointmentDao.class).find(tenantId, appointmentId)
                .flatMap(a -> handle.attach(PatientDao.class).find(tenantId, a.patientId()))
                .map(Patient::locale)
                .filter(locale -> locale != null && !locale.isBlank())
                .orElse(fallback);
    }

    private String treatmentName(String treatmentId, String language) {
        try {
            return plugins.get(treatmentId).descriptor().name().in(language);
        } catch (DomainException uninstalled) {
            return treatmentId; // the plugin was removed since: its id still names the treatment
        }
    }

    private static TaxDocument find(Handle handle, String tenantId, String documentId) {
        return handle.attach(TaxDocumentDao.class).find(tenantId, documentId)
                .orElseThrow(() -> DomainException.notFound("Tax document"));
    }
}
