package com.regimen.core.invoicing;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

@RegisterConstructorMapper(TaxSettingsDao.Row.class)
public interface TaxSettingsDao {

    record Row(String locationId, String country, String sellerNameAr, String sellerNameEn, String vatNumber,
               int vatRateBp, boolean pricesIncludeVat, String updatedBy, Instant updatedAt) {
    }

    @SqlQuery("SELECT location_id, country, seller_name_ar, seller_name_en, vat_number, vat_rate_bp, "
            + "prices_include_vat, updated_by, updated_at FROM location_tax_settings "
            + "WHERE tenant_id = :tenantId AND location_id = :locationId")
    Optional<Row> find(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId);

    @SqlUpdate("INSERT INTO location_tax_settings (tenant_id, location_id, country, seller_name_ar, seller_name_en, "
            + "vat_number, vat_rate_bp, prices_include_vat, updated_by, updated_at) VALUES (:tenantId, :r.locationId, "
            + ":r.country, :r.sellerNameAr, :r.sellerNameEn, :r.vatNumber, :r.vatRateBp, :r.pricesIncludeVat, "
            + ":r.updatedBy, :r.updatedAt) ON DUPLICATE KEY UPDATE country = VALUES(country), "
            + "seller_name_ar = VALUES(seller_name_ar), seller_name_en = VALUES(seller_name_en), "
            + "vat_number = VALUES(vat_number), vat_rate_bp = VALUES(vat_rate_bp), "
            + "prices_include_vat = VALUES(prices_include_vat), updated_by = VALUES(updated_by), "
            + "updated_at = VALUES(updated_at)")
    void save(@Bind("tenantId") String tenantId, @BindMethods("r") Row row);
}
