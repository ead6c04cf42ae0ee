package com.regimen.core.staff;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

public interface LoginThrottleDao {

    @SqlQuery("SELECT locked_until FROM login_throttle "
            + "WHERE tenant_id = :tenantId AND subject = :subject AND locked_until > :now")
    Optional<Instant> lockedUntil(@Bind("tenantId") String tenantId, @Bind("subject") String subject,
                                  @Bind("now") Instant now);

    @SqlQuery("SELECT failures FROM login_throttle WHERE tenant_id = :tenantId AND subject = :subject")
    Optional<Integer> failures(@Bind("tenantId") String tenantId, @Bind("subject") String subject);

    /**
     * Counts one failure, starting a fresh window when the last one is over. MySQL applies the
     * assignments left to right, so window_started_at is changed last and the others see its old value.
     */
    @SqlUpdate("INSERT INTO login_throttle (tenant_id, subject, failures, window_started_at, locked_until) "
            + "VALUES (:tenantId, :subject, 1, :now, NULL) ON DUPLICATE KEY UPDATE "
            + "failures = IF(window_started_at < :windowStart, 1, failures + 1), "
            + "locked_until = IF(window_started_at < :windowStart, NULL, locked_until), "
            + "window_started_at = IF(window_started_at < :windowStart, :now, window_started_at)")
    void countFailure(@Bind("tenantId") String tenantId, @Bind("subject") String subject, @Bind("now") Instant now,
                      @Bind("windowStart") Instant windowStart);

    @SqlUpdate("UPDATE login_throttle SET locked_until = :until "
            + "WHERE tenant_id = :tenantId AND subject = :subject AND failures >= :limit AND locked_until IS NULL")
    void lockIfOver(@Bind("tenantId") String tenantId, @Bind("subject") String subject, @Bind("limit") int limit,
                    @Bind("until") Instant until);

    @SqlUpdate("DELETE FROM login_throttle WHERE tenant_id = :tenantId AND subject = :subject")
    void clear(@Bind("tenantId") String tenantId, @Bind("subject") String subject);
}
