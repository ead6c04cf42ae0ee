package com.regimen.core.wiring;

import com.regimen.core.selfservice.AttendanceDao;
import com.regimen.core.selfservice.SelfServiceLinkDao;
import com.regimen.core.audit.AuditEventDao;
import com.regimen.core.messages.MessageDao;
import com.regimen.core.messages.MessageSettingsDao;
import com.regimen.core.messages.MessageTemplateDao;
import com.regimen.core.messages.OptOutDao;
import com.regimen.core.outbox.OutboxDao;
import com.regimen.core.booking.AppointmentDao;
import com.regimen.core.booking.LocationOfferingDao;
import com.regimen.core.booking.CancellationPolicyDao;
import com.regimen.core.clearance.ClearanceDao;
import com.regimen.core.consent.ConsentDao;
import com.regimen.core.discounts.AppliedDiscountDao;
import com.regimen.core.discounts.DiscountRuleDao;
import com.regimen.core.idempotency.IdempotencyDao;
import com.regimen.core.invoicing.DayBookDao;
import com.regimen.core.invoicing.DayCloseDao;
import com.regimen.core.invoicing.PresentedCardDao;
import com.regimen.core.invoicing.SettledMoneyDao;
import com.regimen.core.invoicing.TaxDocumentDao;
import com.regimen.core.invoicing.TaxSettingsDao;
import com.regimen.core.inventory.InventoryItemDao;
import com.regimen.core.inventory.StockLotDao;
import com.regimen.core.inventory.StockMovementDao;
import com.regimen.core.inventory.StockReservationDao;
import com.regimen.core.medicines.ClinicMedicineDao;
import com.regimen.core.patients.ClinicalSettingsDao;
import com.regimen.core.patients.IntakeConfirmationDao;
import com.regimen.core.patients.PatchTestDao;
import com.regimen.core.patients.PatientDao;
import com.regimen.core.patients.PatientSearchTermDao;
import com.regimen.core.frontdesk.PatientProfileDao;
import com.regimen.core.patients.PatientIntakeDao;
import com.regimen.core.patients.ScreeningDao;
import com.regimen.core.payments.PatientCardDao;
import com.regimen.core.payments.PaymentDao;
import com.regimen.core.payments.PaymentTakerDao;
import com.regimen.core.payments.ConnectAccountDao;
import com.regimen.core.terminal.TerminalChargeDao;
import com.regimen.core.terminal.TerminalDao;
import com.regimen.core.payments.RefundDao;
import com.regimen.core.payments.StripeAccountRouteDao;
import com.regimen.core.plugins.TreatmentQuoteDao;
import com.regimen.core.plugins.TreatmentSettingsDao;
import com.regimen.core.reports.ReportDao;
import com.regimen.core.scheduling.LocationDao;
import com.regimen.core.scheduling.PractitionerDao;
import com.regimen.core.scheduling.RoomDao;
import com.regimen.core.staff.ApiKeyDao;
import com.regimen.core.staff.LoginThrottleDao;
import com.regimen.core.staff.StaffSessionDao;
import com.regimen.core.staff.StaffUserDao;
import com.regimen.core.tenancy.TenantDao;
import com.regimen.core.database.SqlObjectMetadata;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/**
 * Every SQL object (DAO) in core, in the one package allowed to know them all, so that the
 * low-level {@code database} package depends on no domain. {@code SqlObjectMetadataTest} fails
 * when a DAO is missing here.
 */
public final class CoreDaos {
    public static final List<Class<?>> ALL = List.of(AuditEventDao.class, AppointmentDao.class,
            IdempotencyDao.class, InventoryItemDao.class, StockLotDao.class, StockMovementDao.class,
            StockReservationDao.class, PatchTestDao.class, PatientDao.class, PatientIntakeDao.class, ScreeningDao.class,
            PatientCardDao.class, PaymentDao.class, RefundDao.class, StripeAccountRouteDao.class,
            TreatmentQuoteDao.class, TreatmentSettingsDao.class, LocationDao.class, PractitionerDao.class,
            RoomDao.class, ApiKeyDao.class, LoginThrottleDao.class, StaffSessionDao.class, StaffUserDao.class,
            TenantDao.class, ClinicMedicineDao.class, ClearanceDao.class, ClinicalSettingsDao.class,
            IntakeConfirmationDao.class, TaxSettingsDao.class, TaxDocumentDao.class, DayBookDao.class,
            DayCloseDao.class, SettledMoneyDao.class, PresentedCardDao.class, DiscountRuleDao.class, AppliedDiscountDao.class,
            CancellationPolicyDao.class, ReportDao.class,
            ConsentDao.class, ConnectAccountDao.class, TerminalDao.class, TerminalChargeDao.class,
            PatientSearchTermDao.class, PatientProfileDao.class,
            OutboxDao.class, MessageDao.class, MessageSettingsDao.class, OptOutDao.class, MessageTemplateDao.class,
            SelfServiceLinkDao.class, AttendanceDao.class,
            PaymentTakerDao.class,
            LocationOfferingDao.class);

    private CoreDaos() {
    }

    /** Builds every DAO's metadata once on the Jdbi (see {@link SqlObjectMetadata}). */
    public static Jdbi preload(Jdbi jdbi) {
        return SqlObjectMetadata.preload(jdbi, ALL);
    }
}
