package com.regimen.core.audit;

import com.regimen.core.ids.Ids;
import com.regimen.core.json.JsonColumns;
import com.regimen.core.paging.Page;
import com.regimen.core.paging.PageRequest;
import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Map;

/**
 * The record of every change. Writers call {@link #record} with the handle of their own
 * transaction, so a change and its audit event are committed, or rolled back, together.
 */
public final class AuditTrail {
    private final Jdbi jdbi;
    private final Clock clock;

    public AuditTrail(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * @param details facts about the change worth keeping; never secrets, and no patient contact
     *                details (the entity id leads to them for those allowed to see)
     */
    public void record(Handle handle, StaffIdentity actor, String action, String entityType, String entityId,
                       Map<String, ?> details) {
        record(handle, actor.tenantId(), actor.actorType(), actor.actorId(), action, entityType, entityId, details);
    }

    public void record(Handle handle, String tenantId, ActorType actorType, String actorId, String action,
                       String entityType, String entityId, Map<String, ?> details) {
        handle.attach(AuditEventDao.class).insert(new AuditEvent(tenantId, Ids.newId(), clock.instant(), actorType,
                actorId, action, entityType, entityId, toJson(details)));
    }

    public Page<AuditEvent> list(StaffIdentity reader, String entityId, PageRequest page) {
        var rows = jdbi.withExtension(AuditEventDao.class,
                dao -> dao.list(reader.tenantId(), entityId, page.afterId(), page.fetchSize()));
        return Page.of(rows, page, AuditEvent::id);
    }

    private static String toJson(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        return JsonColumns.write(details);
    }
}
