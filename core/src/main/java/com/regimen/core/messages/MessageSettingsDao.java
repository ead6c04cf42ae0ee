package com.regimen.core.messages;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

public interface MessageSettingsDao {
    /** Reminder hours, quiet from, quiet to and channels, joined by ';' (e.g. "48,24;21:00;08:00;EMAIL,SMS"). */
    @SqlQuery("SELECT CONCAT(reminder_hours, ';', TIME_FORMAT(quiet_from, '%H:%i'), ';', "
            + "TIME_FORMAT(quiet_to, '%H:%i'), ';', channels) FROM message_settings WHERE tenant_id = :tenantId")
    Optional<String> find(@Bind("tenantId") String tenantId);

    @SqlUpdate("INSERT INTO message_settings (tenant_id, reminder_hours, quiet_from, quiet_to, channels, updated_by, "
            + "updated_at) VALUES (:tenantId, :hours, :quietFrom, :quietTo, :channels, :by, :now) "
            + "ON DUPLICATE KEY UPDATE reminder_hours = VALUES(reminder_hours), quiet_from = VALUES(quiet_from), "
            + "quiet_to = VALUES(quiet_to), channels = VALUES(channels), updated_by = VALUES(updated_by), "
            + "updated_at = VALUES(updated_at)")
    void save(@Bind("tenantId") String tenantId, @Bind("hours") String hours, @Bind("quietFrom") LocalTime quietFrom,
              @Bind("quietTo") LocalTime quietTo, @Bind("channels") String channels, @Bind("by") String by,
              @Bind("now") Instant now);
}
