package com.regimen.core.staff;

import com.regimen.core.identity.Role;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(ApiKey.class)
public interface ApiKeyDao {

    @SqlUpdate("INSERT INTO api_keys (tenant_id, id, name, role, key_hash, last_four, created_by, created_at) "
            + "VALUES (:key.tenantId, :key.id, :key.name, :key.role, :keyHash, :key.lastFour, :key.createdBy, "
            + ":key.createdAt)")
    void insert(@BindMethods("key") ApiKey key, @Bind("keyHash") String keyHash);

    @SqlQuery("SELECT id, role FROM api_keys "
            + "WHERE tenant_id = :tenantId AND key_hash = :keyHash AND revoked_at IS NULL")
    @RegisterConstructorMapper(LiveKey.class)
    Optional<LiveKey> findLive(@Bind("tenantId") String tenantId, @Bind("keyHash") String keyHash);

    @SqlQuery("SELECT tenant_id, id, name, role, last_four, created_by, created_at, revoked_at FROM api_keys "
            + "WHERE tenant_id = :tenantId AND id = :id")
    Optional<ApiKey> find(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlQuery("SELECT tenant_id, id, name, role, last_four, created_by, created_at, revoked_at FROM api_keys "
            + "WHERE tenant_id = :tenantId AND (:afterId IS NULL OR id > :afterId) ORDER BY id LIMIT :limit")
    List<ApiKey> list(@Bind("tenantId") String tenantId, @Bind("afterId") String afterId, @Bind("limit") int limit);

    @SqlUpdate("UPDATE api_keys SET revoked_at = :now WHERE tenant_id = :tenantId AND id = :id AND revoked_at IS NULL")
    int revoke(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("now") Instant now);

    /** Revokes every live key a member of staff made; answers how many were live. */
    @SqlUpdate("UPDATE api_keys SET revoked_at = :now "
            + "WHERE tenant_id = :tenantId AND created_by = :userId AND revoked_at IS NULL")
    int revokeAllCreatedBy(@Bind("tenantId") String tenantId, @Bind("userId") String userId,
                           @Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) FROM api_keys WHERE tenant_id = :tenantId AND created_by = :userId "
            + "AND revoked_at IS NULL")
    int countLiveCreatedBy(@Bind("tenantId") String tenantId, @Bind("userId") String userId);

    record LiveKey(String id, Role role) {
    }
}
