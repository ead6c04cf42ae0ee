package com.regimen.core.staff;

import com.regimen.core.identity.Role;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

public interface StaffSessionDao {

    @SqlUpdate("INSERT INTO staff_sessions (tenant_id, id, user_id, token_hash, created_at, expires_at) "
            + "VALUES (:tenantId, :id, :userId, :tokenHash, :createdAt, :expiresAt)")
    void insert(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("userId") String userId,
                @Bind("tokenHash") String tokenHash, @Bind("createdAt") Instant createdAt,
                @Bind("expiresAt") Instant expiresAt);

    /** A live session: not revoked, not expired, and its user still active. */
    @SqlQuery("SELECT s.id AS session_id, u.id AS user_id, u.role, u.password_change_required "
            + "FROM staff_sessions s JOIN staff_users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id "
            + "WHERE s.tenant_id = :tenantId AND s.token_hash = :tokenHash AND s.revoked_at IS NULL "
            + "AND s.expires_at > :now AND u.active")
    @RegisterConstructorMapper(LiveSession.class)
    Optional<LiveSession> findLive(@Bind("tenantId") String tenantId, @Bind("tokenHash") String tokenHash,
                                   @Bind("now") Instant now);

    @SqlUpdate("UPDATE staff_sessions SET revoked_at = :now "
            + "WHERE tenant_id = :tenantId AND id = :id AND revoked_at IS NULL")
    int revoke(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("now") Instant now);

    /** Revokes every live session of one member of staff; answers how many were live. */
    @SqlUpdate("UPDATE staff_sessions SET revoked_at = :now "
            + "WHERE tenant_id = :tenantId AND user_id = :userId AND revoked_at IS NULL AND expires_at > :now")
    int revokeAllOf(@Bind("tenantId") String tenantId, @Bind("userId") String userId, @Bind("now") Instant now);

    /** As {@link #revokeAllOf} but keeps the session the change is made through. */
    @SqlUpdate("UPDATE staff_sessions SET revoked_at = :now WHERE tenant_id = :tenantId AND user_id = :userId "
            + "AND revoked_at IS NULL AND expires_at > :now AND id <> :keep")
    int revokeOthersOf(@Bind("tenantId") String tenantId, @Bind("userId") String userId, @Bind("keep") String keep,
                       @Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) FROM staff_sessions "
            + "WHERE tenant_id = :tenantId AND user_id = :userId AND revoked_at IS NULL AND expires_at > :now")
    int countLive(@Bind("tenantId") String tenantId, @Bind("userId") String userId, @Bind("now") Instant now);

    record LiveSession(String sessionId, String userId, Role role, boolean passwordChangeRequired) {
    }
}
