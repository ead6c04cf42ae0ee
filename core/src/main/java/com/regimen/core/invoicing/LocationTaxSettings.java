package com.regimen.core.invoicing;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.errors.FieldError;
import com.regimen.core.scheduling.LocationDao;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads and saves a location's tax settings, checking the VAT number against its country's format. */
public final class LocationTaxSettings {
    /** ZATCA's QR stores each value with a one-byte length; an Arabic letter is two bytes in UTF-8. */
    private static final int MAX_NAME_BYTES = 200;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public LocationTaxSettings(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    public TaxSettings get(StaffIdentity reader, String locationId) {
        return jdbi.withHandle(handle -> {
            ZoneId zone = zoneOf(handle, reader.tenantId(), locationId);
            return handle.attach(TaxSettingsDao.class).find(reader.tenantId(), locationId)
                    .map(LocationTaxSettings::of)
                    .orElseGet(() -> defaults(locationId, zone));
        });
    }

    public TaxSettings save(StaffIdentity actor, String locationId, TaxSettingsForm form) {
        return jdbi.inTransaction(handle -> {
            ZoneId zone = zoneOf(handle, actor.tenantId(), locationId);
            TaxSettingsDao.Row row = validated(locationId, zone, form, actor.actorId(), clock.instant());
            handle.attach(TaxSettingsDao.class).save(actor.tenantId(), row);
            for (TaxDocumentType type : TaxDocumentType.values()) {
                handle.attach(TaxDocumentDao.class).ensureCounter(actor.tenantId(), locationId, type.series());
            }
            audit.record(handle, actor, "tax_settings.updated", "location", locationId, Map.of("country",
                    row.country(), "vatRateBasisPoints", row.vatRateBp(), "pricesIncludeVat", row.pricesIncludeVat()));
            return of(row);
        });
    }

    private static TaxSettingsDao.Row validated(String locationId, ZoneId zone, TaxSettingsForm form, String actorId,
                                                Instant now) {
        List<FieldError> errors = new ArrayList<>();
        TaxCountry country = null;
        if (form.country() != null) {
            try {
                country = TaxCountry.valueOf(form.country());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("country", "must be SA or AE"));
            }
        } else {
            country = TaxCountry.ofZone(zone).orElse(null);
            if (country == null) {
                errors.add(new FieldError("country", "required: SA or AE (the location's zone does not say)"));
            }
        }
        name(errors, "sellerNameAr", form.sellerNameAr());
        name(errors, "sellerNameEn", form.sellerNameEn());
        if (form.vatNumber() == null || form.vatNumber().isBlank()) {
            errors.add(new FieldError("vatNumber", "required"));
        } else if (country != null && !country.validVatNumber(form.vatNumber())) {
            errors.add(new FieldError("vatNumber", "must be " + country.vatNumberRule()));
        }
        Integer rate = null;
        if (form.vatRatePercent() != null) {
            BigDecimal basisPoints = form.vatRatePercent().movePointRight(2);
            if (form.vatRatePercent().signum() < 0 || form.vatRatePercent().compareTo(BigDecimal.valueOf(100)) > 0
                    || basisPoints.stripTrailingZeros().scale() > 0) {
                errors.add(new FieldError("vatRatePercent", "must be 0 to 100 with at most two decimals"));
            } else {
                rate = basisPoints.intValueExact();
            }
        } else if (country != null) {
            rate = country.standardRateBasisPoints();
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "VALIDATION_FAILED", "The request is not valid", errors,
                    Map.of());
        }
        return new TaxSettingsDao.Row(locationId, country.name(), form.sellerNameAr().strip(),
                form.sellerNameEn().strip(), form.vatNumber(), rate,
                form.pricesIncludeVat() == null || form.pricesIncludeVat(), actorId, now);
    }

    private static void name(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required"));
        } else if (value.strip().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES
                || value.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "must be at most " + MAX_NAME_BYTES
                    + " bytes of UTF-8 (about 100 Arabic letters), without control characters"));
        }
    }

    static ZoneId zoneOf(Handle handle, String tenantId, String locationId) {
        return handle.attach(LocationDao.class).find(tenantId, locationId)
                .map(row -> ZoneId.of(row.timezone()))
                .orElseThrow(() -> DomainException.notFound("Location"));
    }

    private static TaxSettings defaults(String locationId, ZoneId zone) {
        TaxCountry country = TaxCountry.ofZone(zone).orElse(null);
        return new TaxSettings(locationId, false, country, null, null, null,
                country == null ? 0 : country.standardRateBasisPoints(), true, null);
    }

    static TaxSettings of(TaxSettingsDao.Row row) {
        return new TaxSettings(row.locationId(), true, TaxCountry.valueOf(row.country()), row.sellerNameAr(),
                row.sellerNameEn(), row.vatNumber(), row.vatRateBp(), row.pricesIncludeVat(), row.updatedAt());
    }
}
