package com.regimen.core.database;

import com.regimen.core.audit.AuditEventDao;
import com.regimen.core.booking.AppointmentDao;
import com.regimen.core.clearance.ClearanceDao;
import com.regimen.core.idempotency.IdempotencyDao;
import com.regimen.core.invoicing.DayBookDao;
import com.regimen.core.invoicing.DayCloseDao;
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
import com.regimen.core.patients.PatientIntakeDao;
import com.regimen.core.patients.ScreeningDao;
import com.regimen.core.payments.PatientCardDao;
import com.regimen.core.payments.PaymentDao;
import com.regimen.core.payments.RefundDao;
import com.regimen.core.payments.StripeAccountRouteDao;
import com.regimen.core.plugins.TreatmentQuoteDao;
import com.regimen.core.plugins.TreatmentSettingsDao;
import com.regimen.core.scheduling.LocationDao;
import com.regimen.core.scheduling.PractitionerDao;
import com.regimen.core.scheduling.RoomDao;
import com.regimen.core.staff.ApiKeyDao;
import com.regimen.core.staff.LoginThrottleDao;
import com.regimen.core.staff.StaffSessionDao;
import com.regimen.core.staff.StaffUserDao;
import com.regimen.core.tenancy.TenantDao;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.sqlobject.SqlObjectFactory;

import java.util.List;

/**
 * Builds every DAO's SQL-object metadata once, on the Jdbi itself. Jdbi caches that metadata in
 * the configuration, but each Handle works on a copy of it, so a DAO first attached on a handle
 * is reflected over again on every new handle: the booking benchmark found a third of the
 * server's CPU there. Built here, every handle's copy starts with it.
 */
public final class SqlObjectMetadata {
    /** Every SQL object in core; {@code SqlObjectMetadataTest} fails when one is missing. */
    public static final List<Class<?>> DAOS = List.of(AuditEventDao.class, AppointmentDao.class,
            IdempotencyDao.class, InventoryItemDao.class, StockLotDao.class, StockMovementDao.class,
            StockReservationDao.class, PatchTestDao.class, PatientDao.class, PatientIntakeDao.class, ScreeningDao.class,
            PatientCardDao.class, PaymentDao.class, RefundDao.class, StripeAccountRouteDao.class,
            TreatmentQuoteDao.class, TreatmentSettingsDao.class, LocationDao.class, PractitionerDao.class,
            RoomDao.class, ApiKeyDao.class, LoginThrottleDao.class, StaffSessionDao.class, StaffUserDao.class,
            TenantDao.class, ClinicMedicineDao.class, ClearanceDao.class, ClinicalSettingsDao.class,
            IntakeConfirmationDao.class, TaxSettingsDao.class, TaxDocumentDao.class, DayBookDao.class,
            DayCloseDao.class, SettledMoneyDao.class);

    private SqlObjectMetadata() {
    }

    public static Jdbi preload(Jdbi jdbi, List<Class<?>> daos) {
        Extensions extensions = jdbi.getConfig(Extensions.class);
        ExtensionFactory factory = extensions.findFactory(SqlObjectFactory.class)
                .orElseThrow(() -> new IllegalStateException("the SqlObjectPlugin is not installed"));
        daos.forEach(dao -> extensions.findMetadata(dao, factory));
        return jdbi;
    }

    public static Jdbi preload(Jdbi jdbi) {
        return preload(jdbi, DAOS);
    }
}
