package com.regimen.core.booking;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

public interface CancellationPolicyDao {

    @SqlQuery("SELECT free_cancellation_hours, late_cancel_fee, late_cancel_fee_percent, no_show_fee, "
            + "no_show_fee_percent FROM cancellation_policies WHERE tenant_id = :tenantId")
    @RegisterConstructorMapper(CancellationPolicy.class)
    Optional<CancellationPolicy> find(@Bind("tenantId") String tenantId);

    @SqlUpdate("INSERT INTO cancellation_policies (tenant_id, free_cancellation_hours, late_cancel_fee, "
            + "late_cancel_fee_percent, no_show_fee, no_show_fee_percent, updated_at) VALUES (:tenantId, "
            + ":p.freeCancellationHours, :p.lateCancelFee, :p.lateCancelFeePercent, :p.noShowFee, :p.noShowFeePercent, "
            + ":now) ON DUPLICATE KEY UPDATE free_cancellation_hours = VALUES(free_cancellation_hours), "
            + "late_cancel_fee = VALUES(late_cancel_fee), late_cancel_fee_percent = VALUES(late_cancel_fee_percent), "
            + "no_show_fee = VALUES(no_show_fee), no_show_fee_percent = VALUES(no_show_fee_percent), "
            + "updated_at = VALUES(updated_at)")
    void save(@Bind("tenantId") String tenantId, @BindMethods("p") CancellationPolicy policy, @Bind("now") Instant now);
}
