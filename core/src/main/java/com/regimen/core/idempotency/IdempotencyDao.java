package com.regimen.core.idempotency;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

public interface IdempotencyDao {

    /** Claims the key; 0 rows when it is already claimed. */
    @SqlUpdate("INSERT IGNORE INTO idempotency_keys (tenant_id, idem_key, request_hash, state, created_at) "
            + "VALUES (:tenantId, :key, :requestHash, 'IN_PROGRESS', :now)")
    int claim(@Bind("tenantId") String tenantId, @Bind("key") String key, @Bind("requestHash") String requestHash,
              @Bind("now") Instant now);

    @SqlQuery("SELECT request_hash, state, response_status, response_body, created_at FROM idempotency_keys "
            + "WHERE tenant_id = :tenantId AND idem_key = :key")
    @RegisterConstructorMapper(StoredRequest.class)
    Optional<StoredRequest> find(@Bind("tenantId") String tenantId, @Bind("key") String key);

    @SqlUpdate("UPDATE idempotency_keys SET state = 'COMPLETE', response_status = :status, response_body = :body "
            + "WHERE tenant_id = :tenantId AND idem_key = :key AND state = 'IN_PROGRESS'")
    void complete(@Bind("tenantId") String tenantId, @Bind("key") String key, @Bind("status") int status,
                  @Bind("body") String body);

    @SqlUpdate("DELETE FROM idempotency_keys WHERE tenant_id = :tenantId AND idem_key = :key AND state = 'IN_PROGRESS'")
    void release(@Bind("tenantId") String tenantId, @Bind("key") String key);

    @SqlUpdate("DELETE FROM idempotency_keys WHERE tenant_id = :tenantId AND idem_key = :key AND created_at < :before")
    int deleteExpired(@Bind("tenantId") String tenantId, @Bind("key") String key, @Bind("before") Instant before);

    record StoredRequest(String requestHash, String state, Integer responseStatus, String responseBody,
                         Instant createdAt) {
    }
}
