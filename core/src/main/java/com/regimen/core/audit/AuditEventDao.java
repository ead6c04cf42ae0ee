package com.regimen.core.audit;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;

@RegisterConstructorMapper(AuditEvent.class)
public interface AuditEventDao {

    @SqlUpdate("INSERT INTO audit_events (tenant_id, id, occurred_at, actor_type, actor_id, action, entity_type, "
            + "entity_id, details) VALUES (:e.tenantId, :e.id, :e.occurredAt, :e.actorType, :e.actorId, :e.action, "
            + ":e.entityType, :e.entityId, :e.details)")
    void insert(@BindMethods("e") AuditEvent event);

    /** Newest first; the cursor is the last id of the previous page. */
    @SqlQuery("SELECT tenant_id, id, occurred_at, actor_type, actor_id, action, entity_type, entity_id, details "
            + "FROM audit_events WHERE tenant_id = :f.tenantId AND (:f.entityId IS NULL OR entity_id = :f.entityId) "
            + "AND (:f.entityType IS NULL OR entity_type = :f.entityType) "
            + "AND (:f.actorId IS NULL OR actor_id = :f.actorId) "
            + "AND (:f.from IS NULL OR occurred_at >= :f.from) AND (:f.to IS NULL OR occurred_at < :f.to) "
            + "AND (:beforeId IS NULL OR id < :beforeId) ORDER BY id DESC LIMIT :limit")
    List<AuditEvent> list(@BindMethods("f") AuditFilter filter, @Bind("beforeId") String beforeId,
                          @Bind("limit") int limit);
}
